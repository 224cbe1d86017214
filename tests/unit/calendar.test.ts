import { describe, expect, it } from "vitest";

import { CANTONS, isCanton } from "@/lib/calendar/cantons";
import { isPublicHoliday, publicHolidayOn, publicHolidays } from "@/lib/calendar/holidays";
import { addWorkingDays, isWorkingDay, nextWorkingDay } from "@/lib/calendar/working-days";
import {
  addDays,
  fromZurichWallTime,
  isDateKey,
  toZurichWallTime,
  weekdayOf,
  zurichDate,
  zurichYear,
} from "@/lib/calendar/zurich-time";

describe("Zurich calendar dates", () => {
  it("reads the date and time a Zurich clock shows, in winter and in summer", () => {
    expect(toZurichWallTime(new Date("2026-11-27T15:04:05.006Z"))).toEqual({
      date: "2026-11-27",
      weekday: 5,
      hour: 16,
      minute: 4,
      second: 5,
      millisecond: 6,
    });
    expect(toZurichWallTime(new Date("2026-07-01T22:30:00Z"))).toMatchObject({ date: "2026-07-02", hour: 0 });
  });

  it("takes the year from Zurich, where New Year comes an hour before UTC's", () => {
    expect(zurichDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(zurichYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(zurichYear(new Date("2026-12-31T22:30:00Z"))).toBe(2026);
  });

  it("turns a Zurich wall-clock time into the instant, across both clock changes", () => {
    expect(fromZurichWallTime("2026-11-27", 14, 30).toISOString()).toBe("2026-11-27T13:30:00.000Z");
    expect(fromZurichWallTime("2026-07-01", 14, 30).toISOString()).toBe("2026-07-01T12:30:00.000Z");
    // 29 March 2026: 02:00 becomes 03:00. 01:59 is still winter time, 03:00 already summer time.
    expect(fromZurichWallTime("2026-03-29", 1, 59).toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(fromZurichWallTime("2026-03-29", 3, 0).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    // The skipped hour moves forward; the repeated hour in October gives its second occurrence.
    expect(fromZurichWallTime("2026-03-29", 2, 30).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(fromZurichWallTime("2026-10-25", 2, 30).toISOString()).toBe("2026-10-25T01:30:00.000Z");
    expect(fromZurichWallTime("2026-10-25", 12, 0).toISOString()).toBe("2026-10-25T11:00:00.000Z");
  });

  it("counts days and weekdays on plain dates, over month and leap-year ends", () => {
    expect(weekdayOf("2026-11-27")).toBe(5);
    expect(weekdayOf("2026-11-29")).toBe(7);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(isDateKey("2026-02-29")).toBe(false);
    expect(isDateKey("2028-02-29")).toBe(true);
    expect(isDateKey("27.11.2026")).toBe(false);
    expect(() => weekdayOf("2026-13")).toThrow(RangeError);
  });
});

describe("Swiss public holidays", () => {
  it("knows the federal and Bernese holidays of 2026, in German", () => {
    expect(publicHolidays(2026, "BE")).toEqual([
      { date: "2026-01-01", name: "Neujahr" },
      { date: "2026-01-02", name: "Berchtoldstag" },
      { date: "2026-04-03", name: "Karfreitag" },
      { date: "2026-04-05", name: "Ostersonntag" },
      { date: "2026-04-06", name: "Ostermontag" },
      { date: "2026-05-14", name: "Auffahrt" },
      { date: "2026-05-24", name: "Pfingstsonntag" },
      { date: "2026-05-25", name: "Pfingstmontag" },
      { date: "2026-08-01", name: "Bundesfeiertag" },
      { date: "2026-09-20", name: "Eidg. Dank-, Buss- und Bettag" },
      { date: "2026-12-25", name: "Weihnachtstag" },
      { date: "2026-12-26", name: "Stephanstag" },
    ]);
  });

  it("differs by canton", () => {
    // Catholic cantons keep Corpus Christi and All Saints, Geneva its own fast day and Restoration.
    expect(publicHolidayOn("2026-06-04", "LU")?.name).toBe("Fronleichnam");
    expect(isPublicHoliday("2026-06-04", "BE")).toBe(false);
    expect(isPublicHoliday("2026-11-01", "TI")).toBe(true);
    expect(isPublicHoliday("2026-09-10", "GE")).toBe(true);
    expect(isPublicHoliday("2026-12-31", "GE")).toBe(true);
    expect(isPublicHoliday("2026-12-31", "BE")).toBe(false);
    // Labour Day is a holiday in Zurich, not in Bern; Berchtoldstag the other way round.
    expect(isPublicHoliday("2026-05-01", "ZH")).toBe(true);
    expect(isPublicHoliday("2026-05-01", "BE")).toBe(false);
    expect(isPublicHoliday("2026-01-02", "BE")).toBe(true);
  });

  it("moves Easter each year and has data for every canton, without the sharp s", () => {
    expect(publicHolidayOn("2027-03-26", "BE")?.name).toBe("Karfreitag");
    expect(publicHolidayOn("2027-05-06", "BE")?.name).toBe("Auffahrt");
    for (const canton of CANTONS) {
      const holidays = publicHolidays(2027, canton);
      expect(holidays.map((holiday) => holiday.date)).toContain("2027-08-01");
      expect(holidays.map((holiday) => holiday.date)).toContain("2027-12-25");
      expect(holidays.every((holiday) => !holiday.name.includes("ß"))).toBe(true);
    }
    expect(isCanton("BE")).toBe(true);
    expect(isCanton("be")).toBe(false);
  });
});

describe("working days", () => {
  it("are Monday to Friday without public holidays", () => {
    expect(isWorkingDay("2026-11-27", "BE")).toBe(true);
    expect(isWorkingDay("2026-11-28", "BE")).toBe(false);
    expect(isWorkingDay("2026-12-25", "BE")).toBe(false);
    expect(nextWorkingDay("2026-12-24", "BE")).toBe("2026-12-24");
    expect(nextWorkingDay("2026-12-25", "BE")).toBe("2026-12-28");
  });

  it("skip the weekend and keep the time of day", () => {
    // Friday 16:00 in Zurich plus two working days: Tuesday 16:00.
    expect(addWorkingDays(new Date("2026-11-27T15:00:00Z"), 2, "BE").toISOString()).toBe("2026-12-01T15:00:00.000Z");
    // Saturday 10:00: the weekend does not count, Monday is the first day.
    expect(addWorkingDays(new Date("2026-11-28T09:00:00Z"), 2, "BE").toISOString()).toBe("2026-12-01T09:00:00.000Z");
    // Monday 09:00: Wednesday 09:00.
    expect(addWorkingDays(new Date("2026-11-30T08:00:00Z"), 2, "BE").toISOString()).toBe("2026-12-02T08:00:00.000Z");
    expect(addWorkingDays(new Date("2026-11-30T08:00:00Z"), 0, "BE").toISOString()).toBe("2026-11-30T08:00:00.000Z");
  });

  it("skip holidays, by canton and across the new year", () => {
    // Thursday before Christmas: 25 (holiday) and 26 (Saturday) do not count.
    expect(addWorkingDays(new Date("2026-12-24T09:00:00Z"), 2, "BE").toISOString()).toBe("2026-12-29T09:00:00.000Z");
    // Wednesday 30 Dec: in Bern 31 Dec is a working day, 1 Jan (Friday) a holiday, then the weekend.
    expect(addWorkingDays(new Date("2026-12-30T09:00:00Z"), 1, "BE").toISOString()).toBe("2026-12-31T09:00:00.000Z");
    expect(addWorkingDays(new Date("2026-12-30T09:00:00Z"), 2, "BE").toISOString()).toBe("2027-01-04T09:00:00.000Z");
    // Geneva keeps 31 Dec (Restauration de la République) as a holiday.
    expect(addWorkingDays(new Date("2026-12-30T09:00:00Z"), 1, "GE").toISOString()).toBe("2027-01-04T09:00:00.000Z");
    expect(addWorkingDays(new Date("2026-12-30T09:00:00Z"), 2, "GE").toISOString()).toBe("2027-01-05T09:00:00.000Z");
    // Wednesday before Easter: Maundy Thursday counts, Good Friday and Easter Monday do not.
    expect(addWorkingDays(new Date("2026-04-01T08:00:00Z"), 2, "BE").toISOString()).toBe("2026-04-07T08:00:00.000Z");
    // Corpus Christi (Thursday 4 June 2026) is a holiday in Lucerne only.
    expect(addWorkingDays(new Date("2026-06-03T08:00:00Z"), 1, "BE").toISOString()).toBe("2026-06-04T08:00:00.000Z");
    expect(addWorkingDays(new Date("2026-06-03T08:00:00Z"), 1, "LU").toISOString()).toBe("2026-06-05T08:00:00.000Z");
  });

  it("keep the Zurich time of day across a clock change", () => {
    // Friday 27 March 2026 at 10:00 (winter time) plus one working day: Monday at 10:00 summer time.
    expect(addWorkingDays(new Date("2026-03-27T09:00:00Z"), 1, "BE").toISOString()).toBe("2026-03-30T08:00:00.000Z");
    expect(() => addWorkingDays(new Date(), -1, "BE")).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5, "BE")).toThrow(RangeError);
  });
});
