import { describe, expect, it } from "vitest";

import {
  agendaDayCount,
  agendaWarnings,
  clockOf,
  minuteOf,
  scheduleAgenda,
  type AgendaInput,
} from "@/lib/proposals/agenda";
import { planAgenda } from "@/lib/proposals/prefill";

const moduleItem = (title: string, durationMinutes: number, day = 1): AgendaInput => ({
  kind: "MODULE",
  title,
  day,
  durationMinutes,
});
const pause = (durationMinutes: number, day = 1): AgendaInput => ({
  kind: "BREAK",
  title: "Pause",
  day,
  durationMinutes,
});

describe("agenda times", () => {
  it("converts between clock times and minutes", () => {
    expect(clockOf(510)).toBe("08:30");
    expect(clockOf(17 * 60 + 5)).toBe("17:05");
    expect(minuteOf("08:30")).toBe(510);
    expect(minuteOf("24:00")).toBeNull();
    expect(minuteOf("8.30")).toBeNull();
  });

  it("times each item from the day start, in order, per day, and labels morning and afternoon", () => {
    const days = scheduleAgenda(
      [
        moduleItem("Rollen", 90),
        pause(15),
        moduleItem("Zuhören", 75),
        pause(60),
        moduleItem("Aikido", 120),
        moduleItem("Telefon", 60, 2),
      ],
      8 * 60 + 30,
    );
    expect(days.map((day) => day.day)).toEqual([1, 2]);
    expect(
      days[0]!.items.map((item) => `${clockOf(item.startMinute)}-${clockOf(item.endMinute)} ${item.block}`),
    ).toEqual([
      "08:30-10:00 MORNING",
      "10:00-10:15 MORNING",
      "10:15-11:30 MORNING",
      "11:30-12:30 MORNING",
      "12:30-14:30 AFTERNOON",
    ]);
    expect(days[0]!.workMinutes).toBe(285);
    expect(days[0]!.overflowMinutes).toBe(0);
    expect(days[1]!.items[0]).toMatchObject({ startMinute: 510, endMinute: 570 });
  });

  it("warns when a day runs past 17:30, naming the day and the end time", () => {
    const days = scheduleAgenda([moduleItem("A", 300), pause(60), moduleItem("B", 240), moduleItem("C", 60, 2)], 510);
    expect(days[0]!.endMinute).toBe(510 + 600);
    expect(days[0]!.overflowMinutes).toBe(510 + 600 - (17 * 60 + 30));
    expect(days[1]!.overflowMinutes).toBe(0);
    expect(agendaWarnings(days)).toEqual([
      "Tag 1 endet um 18:30 Uhr und damit 60 Minuten nach dem üblichen Kursende (17:30 Uhr). Kürzen Sie Module oder verschieben Sie sie auf einen weiteren Tag.",
    ]);
    // Ending exactly at 17:30 is fine.
    expect(agendaWarnings(scheduleAgenda([moduleItem("A", 540)], 510))).toEqual([]);
  });

  it("counts half days and full days", () => {
    expect(agendaDayCount(scheduleAgenda([moduleItem("A", 210)], 510))).toBe(0.5);
    expect(agendaDayCount(scheduleAgenda([moduleItem("A", 300), moduleItem("B", 60, 2)], 510))).toBe(1.5);
  });
});

describe("first agenda from an inquiry", () => {
  const library = [60, 90, 75, 60, 90].map((minutes, index) => ({
    id: `m${index}`,
    title: `Modul ${index + 1}`,
    description: "",
    defaultDurationMinutes: minutes,
  }));

  it("puts a full day's modules around a lunch break with short breaks in each half", () => {
    const items = planAgenda(library, "ONE_DAY");
    expect(items.map((item) => (item.kind === "BREAK" ? item.title : item.durationMinutes))).toEqual([
      60,
      90,
      "Pause",
      75,
      "Mittagspause",
      60,
      "Pause",
      90,
    ]);
    expect(items.every((item) => item.day === 1)).toBe(true);
  });

  it("spreads two days and keeps the rest on the last day", () => {
    const items = planAgenda([...library, ...library], "TWO_DAYS");
    expect(new Set(items.map((item) => item.day))).toEqual(new Set([1, 2]));
    const firstDay = items.filter((item) => item.day === 1 && item.kind === "MODULE");
    expect(firstDay.reduce((sum, item) => sum + item.durationMinutes, 0)).toBeLessThanOrEqual(390);
  });

  it("gives a half day one short break and no lunch", () => {
    const items = planAgenda(library.slice(0, 3), "HALF_DAY");
    expect(items.filter((item) => item.kind === "BREAK").map((item) => item.title)).toEqual(["Pause"]);
  });
});
