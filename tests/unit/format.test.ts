import { describe, expect, it } from "vitest";

import {
  formatAmount,
  formatChf,
  formatCount,
  formatDate,
  formatDateTime,
  formatDeadline,
  formatHoldDeadline,
  formatDuration,
  formatLongDate,
  formatTime,
  plural,
  pluralText,
  withinWorkingDays,
} from "@/lib/format";

describe("Swiss formatting", () => {
  it("writes dates as 27.11.2026 in Europe/Zurich", () => {
    expect(formatDate(new Date("2026-11-27T10:00:00Z"))).toBe("27.11.2026");
    // 23:30 UTC on 31 December is already New Year in Zurich.
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("01.01.2027");
  });

  it("writes times as 14:30 with the daylight-saving offset applied", () => {
    expect(formatTime(new Date("2026-11-27T13:30:00Z"))).toBe("14:30"); // CET, UTC+1
    expect(formatTime(new Date("2026-07-01T12:30:00Z"))).toBe("14:30"); // CEST, UTC+2
    expect(formatTime(new Date("2026-11-27T23:05:00Z"))).toBe("00:05");
    expect(formatDateTime(new Date("2026-03-29T01:30:00Z"))).toBe("29.03.2026, 03:30");
  });

  it("names the weekday in German", () => {
    expect(formatLongDate(new Date("2026-11-27T10:00:00Z"))).toBe("Freitag, 27.11.2026");
  });

  it("writes money as CHF 1'250.00 with a plain apostrophe", () => {
    expect(formatChf(125_000)).toBe("CHF 1'250.00");
    expect(formatChf(5)).toBe("CHF 0.05");
    expect(formatAmount(123_456_789)).toBe("1'234'567.89");
    expect(formatAmount(-240_000)).toBe("-2'400.00");
    expect(formatAmount(99_900)).toBe("999.00");
  });

  it("groups counts like amounts: 4'000", () => {
    expect(formatCount(4000)).toBe("4'000");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(-1234567)).toBe("-1'234'567");
  });

  it("refuses amounts that are not whole centimes", () => {
    expect(() => formatAmount(12.5)).toThrow(RangeError);
  });

  it("writes durations in hours and minutes", () => {
    expect(formatDuration(45)).toBe("45 Min.");
    expect(formatDuration(60)).toBe("1 Std.");
    expect(formatDuration(90)).toBe("1 Std. 30 Min.");
  });

  it("chooses singular or plural by Intl.PluralRules, for the count and the words that agree with it", () => {
    expect(pluralText(1, "Platz", "Plätze")).toBe("1 Platz");
    expect(pluralText(0, "Platz", "Plätze")).toBe("0 Plätze");
    expect(pluralText(3, "Platz", "Plätze")).toBe("3 Plätze");
    // Half a course day is plural in German ("0,5 Kurstage").
    expect(plural(0.5, "Kurstag", "Kurstage")).toBe("Kurstage");
    expect(`${plural(1, "Eine Buchung ist", "2 Buchungen sind")} nachgerückt`).toBe("Eine Buchung ist nachgerückt");
    expect(`${plural(2, "Eine Buchung ist", "2 Buchungen sind")} nachgerückt`).toBe("2 Buchungen sind nachgerückt");
  });

  it("says the response time as the setting has it", () => {
    expect(withinWorkingDays(1)).toBe("innert eines Arbeitstages");
    expect(withinWorkingDays(2)).toBe("innert 2 Arbeitstagen");
  });

  it("writes deadlines as people say them, with the year only when it is another one", () => {
    const now = new Date("2026-12-01T09:00:00Z");
    // 17:20 in Zurich on Friday, 4 December 2026: no leading zero, no time, no "spätestens".
    expect(formatDeadline(new Date("2026-12-04T16:20:00Z"), now)).toBe("Freitag, 4. Dezember");
    expect(formatDeadline(new Date("2027-01-04T09:00:00Z"), now)).toBe("Montag, 4. Januar 2027");
    // Just before midnight UTC on New Year's Eve is already New Year's Day in Zurich.
    expect(formatDeadline(new Date("2026-12-31T23:30:00Z"), now)).toBe("Freitag, 1. Januar 2027");
  });

  it("writes the end of a hold with its time in Zurich, as people say it, and without a year", () => {
    expect(formatHoldDeadline(new Date("2027-03-01T09:30:00Z"))).toBe("Montag, 1. März, 10:30 Uhr");
    // Summer time: 10:30 UTC is 12:30 in Zurich.
    expect(formatHoldDeadline("2026-07-06T10:30:00.000Z")).toBe("Montag, 6. Juli, 12:30 Uhr");
  });
});
