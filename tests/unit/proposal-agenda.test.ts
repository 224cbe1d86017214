import { describe, expect, it } from "vitest";

import { agendaDayCount, agendaWarnings, scheduleAgenda, type AgendaInput } from "@/lib/calendar/agenda";
import { clockOf, minuteOf } from "@/lib/calendar/time-of-day";
import { planProgramme, type CourseModuleForAgenda } from "@/lib/proposals/prefill";
import { draftSituation } from "@/lib/proposals/prefill";
import { programmeDaysWarning, quotesInquiry } from "@/lib/proposals/rules";

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

describe("first programme of a design", () => {
  const library = [60, 90, 75, 60, 90].map((minutes, index) => ({
    id: `m${index}`,
    title: `Modul ${index + 1}`,
    description: "",
    defaultDurationMinutes: minutes,
  }));
  const course: CourseModuleForAgenda[] = [
    { ...library[0]!, day: 1, durationMinutes: null },
    { ...library[1]!, day: 1, durationMinutes: 75 },
    { ...library[2]!, day: 2, durationMinutes: null },
    { ...library[3]!, day: 2, durationMinutes: null },
  ];
  const timesOf = (items: AgendaInput[]) =>
    scheduleAgenda(items, 510).map((day) => ({
      day: day.day,
      end: clockOf(day.endMinute),
      lunch: day.items.filter((item) => item.title === "Mittagspause").map((item) => clockOf(item.startMinute)),
      modules: day.items.filter((item) => item.kind === "MODULE").map((item) => item.title),
    }));

  it("keeps the course's days and modules, adds the client's module to the emptiest day, and makes course days", () => {
    const extra = { id: "x", title: "Wunschmodul", description: "", defaultDurationMinutes: 45 };
    // Module 1 is wished too but already in the course: it stays once, on its course day.
    const items = planProgramme({ courseModules: course, modules: [library[0]!, extra], format: "TWO_DAYS" });
    expect(timesOf(items)).toEqual([
      { day: 1, end: "16:30", lunch: ["12:00"], modules: ["Modul 1", "Modul 2"] },
      { day: 2, end: "16:30", lunch: ["12:00"], modules: ["Modul 3", "Modul 4", "Wunschmodul"] },
    ]);
    // The course's own duration wins over the module's default.
    expect(items.find((item) => item.title === "Modul 2")?.durationMinutes).toBe(75);
    // The time the modules leave is practice, and each half day has a short break.
    expect(items.filter((item) => item.title === "Pause")).toHaveLength(4);
    expect(items.some((item) => item.kind === "CUSTOM" && item.title === "Übungen und Rollenspiele")).toBe(true);
    expect(agendaDayCount(scheduleAgenda(items, 510))).toBe(2);
  });

  it("spreads the client's modules over both days of a two-day format", () => {
    const items = planProgramme({ courseModules: [], modules: library.slice(0, 3), format: "TWO_DAYS" });
    const days = scheduleAgenda(items, 510);
    expect(days.map((day) => day.day)).toEqual([1, 2]);
    expect(days.every((day) => clockOf(day.endMinute) === "16:30")).toBe(true);
    expect(agendaDayCount(days)).toBe(2);
  });

  it("puts lunch at noon on a full day and lets too many modules run into the afternoon", () => {
    const items = planProgramme({ courseModules: [], modules: [...library, ...library], format: "ONE_DAY" });
    const [day] = scheduleAgenda(items, 510);
    expect(day!.items.find((item) => item.title === "Mittagspause")?.startMinute).toBeLessThanOrEqual(12 * 60);
    expect(agendaWarnings(scheduleAgenda(items, 510))).toHaveLength(1);
  });

  it("gives a half day one short break, no lunch, and ends at noon", () => {
    const items = planProgramme({ courseModules: [], modules: library.slice(0, 2), format: "HALF_DAY" });
    expect(items.filter((item) => item.kind === "BREAK").map((item) => item.title)).toEqual(["Pause"]);
    const days = scheduleAgenda(items, 510);
    expect(clockOf(days[0]!.endMinute)).toBe("12:00");
    expect(agendaDayCount(days)).toBe(0.5);
  });
});

describe("programme days against priced days", () => {
  it("warns when the programme and the day-rate price disagree, and not for a flat fee", () => {
    expect(programmeDaysWarning({ mode: "DAY_RATE", days: 2 }, 2)).toBeNull();
    expect(programmeDaysWarning({ mode: "DAY_RATE", days: 2 }, 1)).toBe(
      "Das Programm umfasst 1 Kurstag, der Preis 2 Kurstage. Passen Sie das Programm oder die Anzahl Kurstage beim Preis an.",
    );
    expect(programmeDaysWarning({ mode: "DAY_RATE", days: null }, 0.5)).toContain("0,5 Kurstage");
    expect(programmeDaysWarning({ mode: "FLAT_FEE", days: 1 }, 2)).toBeNull();
  });
});

describe("the situation and the client's words", () => {
  const message = "Grüezi Herr Muster\n\nUnsere Mitarbeitenden am Schalter erleben zunehmend Vorwürfe.\nDanke";

  it("drafts the situation from the inquiry's facts without quoting its message", () => {
    const draft = draftSituation({
      organisationName: "Strassenverkehrsamt Bern",
      department: null,
      fieldName: null,
      challenges: ["ANGRY_CUSTOMERS"],
      challengesOther: null,
    });
    expect(draft).toContain("Strassenverkehrsamt Bern");
    expect(draft).not.toContain("Aus Ihrer Anfrage");
  });

  it("finds a paragraph of the message kept word for word, whatever the line breaks", () => {
    expect(
      quotesInquiry("Ausgangslage:\nUnsere Mitarbeitenden am Schalter\nerleben zunehmend Vorwürfe.", message),
    ).toBe(true);
    // Short lines such as a greeting are too common to count; a rewritten sentence does not count.
    expect(quotesInquiry("Grüezi Herr Muster. Danke", message)).toBe(false);
    expect(quotesInquiry("Am Schalter erleben die Mitarbeitenden immer öfter Vorwürfe.", message)).toBe(false);
    expect(quotesInquiry("irgendetwas", null)).toBe(false);
  });
});
