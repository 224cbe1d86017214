import { describe, expect, it } from "vitest";

import {
  bookingClosedReason,
  bookingsToPromote,
  canCancelBooking,
  cancellationDeadline,
  capacityChangeProblem,
  holdExpiry,
  isHoldLapsed,
  placeBooking,
  bookingPlacement,
  sessionAvailability,
  promotedStatus,
} from "@/lib/booking/rules";
import { bookSeatsSchema } from "@/lib/booking/schemas";
import { canChangeAppointment, canRecordCallOutcome } from "@/lib/consultation/rules";
import { availabilityExceptionSchema, bookCallSchema } from "@/lib/consultation/schemas";
import { buildCsv, csvCell } from "@/lib/csv";
import { isRetryableTransactionError, withTransactionRetry } from "@/lib/db/retry";
import { hashManageToken, isManageTokenShape, newManageToken } from "@/lib/manage-token";

const start = new Date("2027-03-20T08:00:00Z");
const hours = (n: number) => new Date(start.getTime() - n * 60 * 60_000);

describe("seat placement", () => {
  it("holds seats only when they are free and nobody waits", () => {
    expect(placeBooking({ capacity: 12, seatsTaken: 10, waitingBookings: 0 }, 2)).toBe("HELD");
    expect(placeBooking({ capacity: 12, seatsTaken: 11, waitingBookings: 0 }, 2)).toBe("WAITLISTED");
    expect(placeBooking({ capacity: 12, seatsTaken: 12, waitingBookings: 0 }, 1)).toBe("WAITLISTED");
    expect(placeBooking({ capacity: 12, seatsTaken: 5, waitingBookings: 1 }, 1)).toBe("WAITLISTED");
  });

  it("a hold lapses at its expiry; a waiting booking moves up confirmed only once its booker confirmed", () => {
    const now = new Date("2027-03-01T09:00:00Z");
    const expiry = holdExpiry(now, 30);
    expect(expiry.toISOString()).toBe("2027-03-01T09:30:00.000Z");
    expect(isHoldLapsed({ holdExpiresAt: expiry }, new Date("2027-03-01T09:29:59Z"))).toBe(false);
    expect(isHoldLapsed({ holdExpiresAt: expiry }, expiry)).toBe(true);
    expect(isHoldLapsed({ holdExpiresAt: null }, new Date("2030-01-01T00:00:00Z"))).toBe(false);
    expect(promotedStatus({ holdExpiresAt: null })).toBe("CONFIRMED");
    expect(promotedStatus({ holdExpiresAt: expiry })).toBe("HELD");
  });

  it("never lets the capacity fall below the confirmed seats", () => {
    expect(capacityChangeProblem(8, 8)).toBeNull();
    expect(capacityChangeProblem(8, 20)).toBeNull();
    expect(capacityChangeProblem(0, 1)).toBeNull();
    expect(capacityChangeProblem(8, 7)).toBe(
      "Es sind schon 8 Plätze belegt; die Kapazität kann nicht tiefer sein. Wer storniert, gibt Plätze frei.",
    );
  });

  it("promotes strictly in list order while the next booking fits", () => {
    const waiting = [
      { id: "c", seats: 1, waitlistPosition: 3 },
      { id: "a", seats: 2, waitlistPosition: 1 },
      { id: "b", seats: 3, waitlistPosition: 2 },
    ];
    expect(bookingsToPromote(10, 7, waiting).map((booking) => booking.id)).toEqual(["a"]);
    expect(bookingsToPromote(10, 4, waiting).map((booking) => booking.id)).toEqual(["a", "b", "c"]);
    expect(bookingsToPromote(10, 9, waiting)).toEqual([]);
  });
});

describe("booking windows and links", () => {
  const session = { status: "SCHEDULED" as const, startsAt: start, bookingDeadline: hours(72) };

  it("closes bookings after the deadline, at the start and when the session is cancelled", () => {
    expect(bookingClosedReason(session, hours(73))).toBeNull();
    expect(bookingClosedReason(session, hours(71))).toBe("DEADLINE");
    expect(bookingClosedReason({ ...session, bookingDeadline: null }, start)).toBe("PAST");
    expect(bookingClosedReason({ ...session, status: "CANCELLED" }, hours(100))).toBe("CANCELLED");
  });

  it("lets confirmed seats be cancelled until the deadline and waiting places until the start", () => {
    const confirmed = { status: "CONFIRMED" as const, session };
    expect(cancellationDeadline(confirmed, 48)).toEqual(hours(48));
    expect(canCancelBooking(confirmed, hours(49), 48)).toEqual({ ok: true });
    expect(canCancelBooking(confirmed, hours(47), 48)).toEqual({ ok: false, reason: "TOO_LATE" });
    expect(canCancelBooking({ ...confirmed, status: "WAITLISTED" }, hours(1), 48)).toEqual({ ok: true });
    expect(canCancelBooking({ ...confirmed, status: "CANCELLED" }, hours(100), 48)).toEqual({
      ok: false,
      reason: "SPENT",
    });
    expect(canCancelBooking({ ...confirmed, session: { ...session, status: "CANCELLED" } }, hours(100), 48)).toEqual({
      ok: false,
      reason: "SESSION_CANCELLED",
    });
  });

  it("lets a call be changed while booked and before the cut-off", () => {
    expect(canChangeAppointment({ status: "BOOKED", startsAt: start }, hours(13), 12)).toEqual({ ok: true });
    expect(canChangeAppointment({ status: "BOOKED", startsAt: start }, hours(11), 12)).toEqual({
      ok: false,
      reason: "TOO_LATE",
    });
    expect(canChangeAppointment({ status: "RESCHEDULED", startsAt: start }, hours(100), 12)).toEqual({
      ok: false,
      reason: "SPENT",
    });
  });

  it("records a call's outcome only once its start has come and only while it is booked", () => {
    expect(canRecordCallOutcome({ status: "BOOKED", startsAt: start }, start)).toEqual({ ok: true });
    expect(canRecordCallOutcome({ status: "BOOKED", startsAt: start }, hours(-1))).toEqual({ ok: true });
    expect(canRecordCallOutcome({ status: "BOOKED", startsAt: start }, hours(0.1))).toEqual({
      ok: false,
      reason: "NOT_STARTED",
    });
    for (const status of ["CANCELLED", "RESCHEDULED", "COMPLETED", "NO_SHOW"] as const) {
      expect(canRecordCallOutcome({ status, startsAt: start }, hours(-1)), status).toEqual({
        ok: false,
        reason: "NOT_BOOKED",
      });
    }
  });

  it("makes long random tokens and keeps only their hash", () => {
    const one = newManageToken();
    const two = newManageToken();
    expect(one.token).not.toBe(two.token);
    expect(isManageTokenShape(one.token)).toBe(true);
    expect(one.hash).toBe(hashManageToken(one.token));
    expect(one.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(isManageTokenShape("../../etc/passwd")).toBe(false);
  });
});

describe("inputs", () => {
  it("names the field of every problem in a seat booking", () => {
    const result = bookSeatsSchema.safeParse({
      sessionId: "0190f000-0000-7000-8000-000000000000",
      contactName: "Z",
      email: "keine-adresse",
      phone: "",
      organisation: "Amt",
      billingReference: "",
      participants: [
        { name: "Anna Muster", email: "anna@amt.example" },
        { name: "Beat Muster", email: "ANNA@amt.example" },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["contactName", "email", "participants.1.email"]));
  });

  it("asks for a slot and a reachable phone number for a call", () => {
    const result = bookCallSchema.safeParse({
      startsAt: "",
      name: "Zoë",
      organisation: "Amt",
      email: "z@amt.example",
      phone: "abc",
      topic: "",
    });
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages.startsAt).toBe("Bitte wählen Sie einen freien Termin.");
    expect(messages.phone).toMatch(/gültige Telefonnummer/);
  });

  it("needs times for partial exceptions, with the end after the start", () => {
    const base = { date: "2026-12-24", kind: "BLOCKED" as const, reason: "" };
    expect(availabilityExceptionSchema.safeParse({ ...base, wholeDay: true }).success).toBe(true);
    const partial = availabilityExceptionSchema.safeParse({ ...base, wholeDay: false, start: "14:00", end: "10:00" });
    expect(partial.error?.issues.map((issue) => issue.path.join("."))).toEqual(["end"]);
  });
});

describe("CSV for Excel", () => {
  it("starts with a BOM, separates with semicolons and quotes what needs it", () => {
    const csv = buildCsv(
      ["Name", "Organisation"],
      [
        ["Zoë Müller", "Amt für Strassen; Verkehr"],
        ['Jürg "Jüre" Bärtschi', null],
      ],
    );
    expect(csv.startsWith("\uFEFFName;Organisation\r\n")).toBe(true);
    expect(csv).toContain('Zoë Müller;"Amt für Strassen; Verkehr"\r\n');
    expect(csv).toContain('"Jürg ""Jüre"" Bärtschi";\r\n');
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("neutralises cells Excel would run as formulas", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+41 31 123 45 67")).toBe("'+41 31 123 45 67");
  });
});

describe("transaction retry", () => {
  it("retries serialization failures, lock timeouts and busy pools, and nothing else", async () => {
    expect(isRetryableTransactionError({ code: "P2034" })).toBe(true);
    expect(isRetryableTransactionError({ code: "P2010", meta: { code: "40001" } })).toBe(true);
    expect(isRetryableTransactionError({ code: "P2028" })).toBe(true);
    expect(isRetryableTransactionError({ cause: { code: "55P03" } })).toBe(true);
    expect(isRetryableTransactionError({ code: "P2002" })).toBe(false);
    expect(isRetryableTransactionError(new Error("boom"))).toBe(false);

    let calls = 0;
    await expect(
      withTransactionRetry(async () => {
        calls++;
        if (calls < 3) throw { code: "P2034" };
        return "done";
      }),
    ).resolves.toBe("done");
    expect(calls).toBe(3);
    await expect(
      withTransactionRetry(async () => {
        throw new Error("kaputt");
      }),
    ).rejects.toThrow("kaputt");
  });
});

describe("session availability (the one seat status of every page, list, mail and action)", () => {
  // The issue's example: 14 seats, bookings of 5, 4 and 3 hold 12, then one of 4 had to wait.
  const queued = sessionAvailability({ capacity: 14, seatsTaken: 12, waitingBookings: 1, waitingSeats: 4 });

  it("says seats are free but new bookings queue behind the waiting list", () => {
    expect(queued).toMatchObject({ freeSeats: 2, waitingSeats: 4, hasWaitingList: true, queuesNewBookings: true });
    expect(queued.label).toBe(
      "2 Plätze frei, aber 4 Personen warten bereits: neue Anmeldungen kommen auf die Warteliste",
    );
    expect(bookingPlacement(queued, 1)).toEqual({
      placement: "WAITLISTED",
      reason:
        "Es sind noch 2 Plätze frei, aber 4 Personen warten bereits; neue Anmeldungen kommen nach ihnen auf die Warteliste.",
    });
  });

  it("explains why a booking larger than the free seats waits", () => {
    const open = sessionAvailability({ capacity: 14, seatsTaken: 12, waitingBookings: 0, waitingSeats: 0 });
    expect(open.label).toBe("Noch 2 Plätze frei");
    expect(open.queuesNewBookings).toBe(false);
    expect(bookingPlacement(open, 2)).toEqual({ placement: "HELD", reason: null });
    expect(bookingPlacement(open, 4)).toEqual({
      placement: "WAITLISTED",
      reason: "Es sind nur noch 2 Plätze frei; eine Buchung für 4 Personen kommt auf die Warteliste.",
    });
  });

  it("reads a full session as fully booked, with or without a waiting list", () => {
    for (const waitingBookings of [0, 2]) {
      const full = sessionAvailability({
        capacity: 8,
        seatsTaken: 8,
        waitingBookings,
        waitingSeats: waitingBookings * 2,
      });
      expect(full.label).toBe("Ausgebucht, Warteliste möglich");
      expect(full.queuesNewBookings).toBe(true);
      expect(bookingPlacement(full, 1)).toEqual({ placement: "WAITLISTED", reason: "Der Termin ist ausgebucht." });
    }
  });

  it("uses the singular for one seat and one waiting person", () => {
    expect(sessionAvailability({ capacity: 5, seatsTaken: 4, waitingBookings: 0 }).label).toBe("Noch 1 Platz frei");
    expect(sessionAvailability({ capacity: 5, seatsTaken: 4, waitingBookings: 1, waitingSeats: 1 }).label).toBe(
      "1 Platz frei, aber 1 Person wartet bereits: neue Anmeldungen kommen auf die Warteliste",
    );
  });

  it("never reports negative free seats (capacity lowered below what is taken)", () => {
    expect(sessionAvailability({ capacity: 5, seatsTaken: 7, waitingBookings: 0 }).freeSeats).toBe(0);
  });
});
