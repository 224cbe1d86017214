import { describe, expect, it } from "vitest";

import { generateSlots, wallMinuteToInstant, windowsOn, type SlotInput } from "@/lib/consultation/slots";

const settings = { callMinutes: 30, bufferMinutes: 15, minNoticeHours: 0, maxDaysAhead: 14 };

function input(overrides: Partial<SlotInput>): SlotInput {
  return { rules: [], exceptions: [], settings, booked: [], now: new Date("2026-11-23T00:00:00Z"), ...overrides };
}

const iso = (slots: { startsAt: Date; endsAt: Date }[]) =>
  slots.map((slot) => `${slot.startsAt.toISOString()}/${slot.endsAt.toISOString()}`);

describe("consultation slots", () => {
  it("steps through each weekly window by call length plus buffer, in Zurich time", () => {
    // Tuesday 24.11.2026, 09:00-10:30 Zurich (UTC+1): 09:00, 09:45; 10:30 would end after the window.
    const slots = generateSlots(
      input({
        rules: [{ weekday: 2, startMinute: 9 * 60, endMinute: 10 * 60 + 30 }],
        settings: { ...settings, maxDaysAhead: 1 },
      }),
    );
    expect(iso(slots)).toEqual([
      "2026-11-24T08:00:00.000Z/2026-11-24T08:30:00.000Z",
      "2026-11-24T08:45:00.000Z/2026-11-24T09:15:00.000Z",
    ]);
  });

  it("uses summer time in summer", () => {
    const slots = generateSlots(
      input({
        now: new Date("2026-07-06T00:00:00Z"),
        rules: [{ weekday: 1, startMinute: 14 * 60, endMinute: 14 * 60 + 30 }],
        settings: { ...settings, maxDaysAhead: 0 },
      }),
    );
    expect(iso(slots)).toEqual(["2026-07-06T12:00:00.000Z/2026-07-06T12:30:00.000Z"]);
  });

  it("ignores inactive rules and closes whole days, hours and holidays; opens extra hours", () => {
    const rules = [
      { weekday: 2, startMinute: 9 * 60, endMinute: 12 * 60 },
      { weekday: 3, startMinute: 9 * 60, endMinute: 12 * 60, active: false },
    ];
    expect(windowsOn("2026-11-24", rules, [])).toEqual([{ start: 540, end: 720 }]);
    expect(windowsOn("2026-11-25", rules, [])).toEqual([]);
    expect(
      windowsOn("2026-11-24", rules, [{ date: "2026-11-24", kind: "BLOCKED", startMinute: null, endMinute: null }]),
    ).toEqual([]);
    expect(
      windowsOn("2026-11-24", rules, [{ date: "2026-11-24", kind: "BLOCKED", startMinute: 600, endMinute: 630 }]),
    ).toEqual([
      { start: 540, end: 600 },
      { start: 630, end: 720 },
    ]);
    expect(windowsOn("2026-11-24", rules, [], (date) => date === "2026-11-24")).toEqual([]);
    // An extra window on a holiday is the consultant's explicit choice and counts.
    expect(
      windowsOn(
        "2026-11-24",
        rules,
        [{ date: "2026-11-24", kind: "EXTRA", startMinute: 13 * 60, endMinute: 14 * 60 }],
        () => true,
      ),
    ).toEqual([{ start: 780, end: 840 }]);
    expect(
      windowsOn("2026-11-24", rules, [{ date: "2026-11-24", kind: "EXTRA", startMinute: 11 * 60, endMinute: 13 * 60 }]),
    ).toEqual([{ start: 540, end: 780 }]);
  });

  it("keeps the buffer around booked calls and never offers an overlapping slot", () => {
    const rules = [{ weekday: 2, startMinute: 9 * 60, endMinute: 11 * 60 }];
    // A call booked 09:50-10:20 (e.g. before the call length changed) blocks 09:45 and 10:30.
    const booked = [{ startsAt: new Date("2026-11-24T08:50:00Z"), endsAt: new Date("2026-11-24T09:20:00Z") }];
    const slots = generateSlots(input({ rules, booked, settings: { ...settings, maxDaysAhead: 1 } }));
    expect(iso(slots)).toEqual(["2026-11-24T08:00:00.000Z/2026-11-24T08:30:00.000Z"]);
  });

  it("respects the minimum notice and the booking horizon", () => {
    const rules = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 9 * 60 + 30 }));
    const now = new Date("2026-11-23T09:00:00Z"); // Monday 10:00 in Zurich
    const slots = generateSlots(input({ rules, now, settings: { ...settings, minNoticeHours: 24, maxDaysAhead: 3 } }));
    // Tuesday 09:00 is 23 hours away; Wednesday and Thursday fit; Friday is beyond 3 days.
    expect(iso(slots)).toEqual([
      "2026-11-25T08:00:00.000Z/2026-11-25T08:30:00.000Z",
      "2026-11-26T08:00:00.000Z/2026-11-26T08:30:00.000Z",
    ]);
  });

  it("skips the hour that does not exist when clocks go forward (29.03.2026)", () => {
    const rules = [{ weekday: 7, startMinute: 60, endMinute: 4 * 60 }];
    const slots = generateSlots(
      input({
        rules,
        now: new Date("2026-03-29T00:00:00Z"),
        settings: { ...settings, callMinutes: 30, bufferMinutes: 30, maxDaysAhead: 0 },
      }),
    );
    // Wall times 01:00, 02:00 (missing), 03:00: 01:00 CET = 00:00 UTC, 03:00 CEST = 01:00 UTC.
    expect(iso(slots)).toEqual([
      "2026-03-29T00:00:00.000Z/2026-03-29T00:30:00.000Z",
      "2026-03-29T01:00:00.000Z/2026-03-29T01:30:00.000Z",
    ]);
    expect(wallMinuteToInstant("2026-03-29", 2 * 60 + 30)).toBeNull();
    // A call starting 01:45 CET lasts 30 real minutes and ends 03:15 CEST: still inside the window.
    const late = generateSlots(
      input({
        rules: [{ weekday: 7, startMinute: 105, endMinute: 3 * 60 + 15 }],
        now: new Date("2026-03-29T00:00:00Z"),
        settings: { ...settings, bufferMinutes: 0, maxDaysAhead: 0 },
      }),
    );
    expect(iso(late)[0]).toBe("2026-03-29T00:45:00.000Z/2026-03-29T01:15:00.000Z");
    for (const slot of late) expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(30 * 60_000);
  });

  it("gives real 30-minute calls without overlaps when clocks go back (25.10.2026)", () => {
    const rules = [{ weekday: 7, startMinute: 60, endMinute: 4 * 60 }];
    const slots = generateSlots(
      input({
        rules,
        now: new Date("2026-10-24T22:00:00Z"),
        settings: { ...settings, callMinutes: 30, bufferMinutes: 30, maxDaysAhead: 0 },
      }),
    );
    // 01:00 CEST = 23:00 UTC; 02:00 is repeated, the later (CET, 01:00 UTC) is used; 03:00 CET = 02:00 UTC.
    expect(iso(slots)).toEqual([
      "2026-10-24T23:00:00.000Z/2026-10-24T23:30:00.000Z",
      "2026-10-25T01:00:00.000Z/2026-10-25T01:30:00.000Z",
      "2026-10-25T02:00:00.000Z/2026-10-25T02:30:00.000Z",
    ]);
    const starts = slots.map((slot) => slot.startsAt.getTime());
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it("treats the days around the changes like any other day", () => {
    const rules = [1, 6].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 9 * 60 + 30 }));
    const march = generateSlots(
      input({ rules, now: new Date("2026-03-27T12:00:00Z"), settings: { ...settings, maxDaysAhead: 4 } }),
    );
    // Saturday 28.03 still winter time (08:00 UTC), Monday 30.03 summer time (07:00 UTC).
    expect(iso(march)).toEqual([
      "2026-03-28T08:00:00.000Z/2026-03-28T08:30:00.000Z",
      "2026-03-30T07:00:00.000Z/2026-03-30T07:30:00.000Z",
    ]);
    const october = generateSlots(
      input({ rules, now: new Date("2026-10-23T12:00:00Z"), settings: { ...settings, maxDaysAhead: 4 } }),
    );
    expect(iso(october)).toEqual([
      "2026-10-24T07:00:00.000Z/2026-10-24T07:30:00.000Z",
      "2026-10-26T08:00:00.000Z/2026-10-26T08:30:00.000Z",
    ]);
  });
});
