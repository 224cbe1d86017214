// A public course of several days is one run (decision 0037): the rules for its days.
import { describe, expect, it } from "vitest";

import { planSessionDays, runDayProblems, sessionDays, zurichInstant } from "@/lib/booking/rules";

const NOW = new Date("2026-12-08T09:00:00Z");
const day = (date: string, startTime = "08:30", endTime = "16:30") => ({ date, startTime, endTime });

describe("course run days", () => {
  it("accepts days in order, each on its own date and in the future", () => {
    expect(runDayProblems([day("2027-01-27"), day("2027-02-03"), day("2027-02-04")], NOW)).toEqual([]);
  });

  it("refuses a day before the one it follows, at that day's date, in German", () => {
    expect(runDayProblems([day("2027-02-03"), day("2027-01-27")], NOW)).toEqual([
      { index: 1, field: "date", message: "Kurstag 2 muss nach Kurstag 1 liegen." },
    ]);
  });

  it("refuses overlapping days: two days on one date", () => {
    expect(runDayProblems([day("2027-01-27"), day("2027-01-27", "17:00", "19:00")], NOW)).toEqual([
      {
        index: 1,
        field: "date",
        message: "Dieser Kurstag überschneidet sich mit Kurstag 1: Jeder Kurstag braucht ein eigenes Datum.",
      },
    ]);
  });

  it("wants every day in the future, the first with the one-day session's message", () => {
    expect(runDayProblems([day("2026-12-01"), day("2027-01-27")], NOW)[0]).toEqual({
      index: 0,
      field: "date",
      message: "Der Termin muss in der Zukunft liegen.",
    });
    // Day 2 before day 1 and in the past: the past is what the consultant reads first.
    expect(runDayProblems([day("2027-01-27"), day("2026-12-01")], NOW)).toEqual([
      { index: 1, field: "date", message: "Dieser Kurstag muss in der Zukunft liegen." },
    ]);
  });

  it("plans a run that spans its days, numbered from 1, and keeps a one-day session without day rows", () => {
    const run = planSessionDays(day("2027-01-27"), [day("2027-02-03", "09:00", "17:00")], false, NOW);
    expect(run).toEqual({
      problem: null,
      startsAt: zurichInstant("2027-01-27", "08:30"),
      endsAt: zurichInstant("2027-02-03", "17:00"),
      days: [
        { dayNumber: 1, startsAt: zurichInstant("2027-01-27", "08:30"), endsAt: zurichInstant("2027-01-27", "16:30") },
        { dayNumber: 2, startsAt: zurichInstant("2027-02-03", "09:00"), endsAt: zurichInstant("2027-02-03", "17:00") },
      ],
    });
    expect(planSessionDays(day("2027-01-27"), [], false, NOW)).toEqual({
      problem: null,
      startsAt: zurichInstant("2027-01-27", "08:30"),
      endsAt: zurichInstant("2027-01-27", "16:30"),
      days: [],
    });
  });

  it("puts a problem of a later day at its own field of the form", () => {
    expect(planSessionDays(day("2027-01-27"), [day("2027-02-03"), day("2027-02-03")], false, NOW)).toEqual({
      problem: {
        field: "extraDays.1.date",
        message: "Dieser Kurstag überschneidet sich mit Kurstag 2: Jeder Kurstag braucht ein eigenes Datum.",
      },
    });
  });

  it("keeps a client's session to one day: an engagement's days are its sessions", () => {
    expect(planSessionDays(day("2027-01-27"), [day("2027-02-03")], true, NOW).problem).toMatchObject({
      field: "extraDays",
    });
  });

  it("reads a session's days: its run's days, or the session itself", () => {
    const one = { startsAt: "2027-01-27T07:30:00Z", endsAt: "2027-01-27T15:30:00Z" };
    const two = { startsAt: "2027-02-03T07:30:00Z", endsAt: "2027-02-03T15:30:00Z" };
    expect(sessionDays({ startsAt: one.startsAt, endsAt: two.endsAt, days: [one, two] })).toEqual([one, two]);
    expect(sessionDays({ ...one, days: [] })).toEqual([one]);
    expect(sessionDays(one)).toEqual([one]);
  });
});
