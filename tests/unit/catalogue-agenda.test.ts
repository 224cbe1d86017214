import { describe, expect, it } from "vitest";

import { buildTypicalAgenda } from "@/lib/calendar/agenda";
import { clockOf } from "@/lib/calendar/time-of-day";
import { groupSizeText } from "@/lib/catalogue/presentation";

const item = (slug: string, day: number, durationMinutes: number) => ({ slug, title: slug, day, durationMinutes });

function times(agenda: ReturnType<typeof buildTypicalAgenda>) {
  return agenda.map(({ day, entries }) => ({
    day,
    entries: entries.map(
      (entry) =>
        `${clockOf(entry.startMinute)}-${clockOf(entry.endMinute)} ${entry.kind === "module" ? entry.slug : entry.title}`,
    ),
  }));
}

describe("typical agenda", () => {
  it("lays modules back to back from 08:30 and puts lunch before one that would run past 12:30", () => {
    const agenda = buildTypicalAgenda([item("a", 1, 60), item("b", 1, 60), item("c", 1, 75), item("d", 1, 60)]);
    expect(times(agenda)).toEqual([
      {
        day: 1,
        entries: ["08:30-09:30 a", "09:30-10:30 b", "10:30-11:45 c", "11:45-12:45 Mittagspause", "12:45-13:45 d"],
      },
    ]);
  });

  it("groups by day in day order, keeps the given order within a day, and has one lunch per day", () => {
    const agenda = buildTypicalAgenda([
      item("x", 2, 240),
      item("a", 1, 90),
      item("y", 2, 120),
      item("z", 2, 60),
      item("b", 1, 45),
    ]);
    expect(times(agenda)).toEqual([
      { day: 1, entries: ["08:30-10:00 a", "10:00-10:45 b"] },
      { day: 2, entries: ["08:30-12:30 x", "12:30-13:30 Mittagspause", "13:30-15:30 y", "15:30-16:30 z"] },
    ]);
  });

  it("never starts a day with lunch, even when the first module is long", () => {
    expect(times(buildTypicalAgenda([item("lang", 1, 300)]))[0]!.entries).toEqual(["08:30-13:30 lang"]);
  });

  it("accepts another start of the day", () => {
    expect(times(buildTypicalAgenda([item("a", 1, 30)], 9 * 60))[0]!.entries).toEqual(["09:00-09:30 a"]);
  });

  it("is empty for a course without modules", () => {
    expect(buildTypicalAgenda([])).toEqual([]);
  });
});

describe("group size", () => {
  it("reads naturally for every combination of limits", () => {
    expect(groupSizeText(6, 14)).toBe("6 bis 14 Personen");
    expect(groupSizeText(8, 8)).toBe("8 Personen");
    expect(groupSizeText(null, 12)).toBe("bis 12 Personen");
    expect(groupSizeText(5, null)).toBe("ab 5 Personen");
    expect(groupSizeText(null, null)).toBe("");
  });
});
