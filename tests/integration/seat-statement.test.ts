// The seat statement of bookSeats (decision 0038) against the one rule of lib/booking/rules.ts:
// its SQL decision on random states, the whole statement on random sessions, and a burst of
// mixed-size bookings that must keep every invariant with one mail and one hold job each.
import { beforeAll, describe, expect, it } from "vitest";

import { bookingPlacement, sessionAvailability, type SeatState } from "@/lib/booking/rules";
import { bookSeats, RELEASE_BOOKING_HOLDS_TASK, seatPlacementSql } from "@/lib/booking/service";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import { bookingInput, createTestCourse, createTestSession, expectSeatsInvariant } from "../setup/booking-fixtures";
import { pendingJobs } from "../setup/jobs";

const NOW = new Date("2027-03-01T09:00:00Z");
let courseId = "";

/** A small deterministic generator (mulberry32), so a failing state can be reproduced. */
function random(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

const ruleSays = (state: SeatState, seats: number) => bookingPlacement(sessionAvailability(state), seats).placement;

beforeAll(async () => {
  courseId = (await createTestCourse()).id;
});

describe("seat statement", () => {
  it("decides like the rule on 2,000 random states, edges included", async () => {
    const next = random(18);
    const states = Array.from({ length: 2000 }, () => {
      const capacity = next(15);
      // Sometimes more taken than capacity: the rule treats that as full, and so must the SQL.
      const seatsTaken = next(capacity + 3);
      return { capacity, seatsTaken, waitingBookings: next(3) === 0 ? next(4) : 0, seats: next(8) };
    });
    const column = (name: string) => Prisma.raw(`s."${name}"`);
    const rows = await getDb().$queryRaw<{ placement: string }[]>`
      SELECT ${seatPlacementSql({
        capacity: column("capacity"),
        seatsTaken: column("seatsTaken"),
        waitingBookings: column("waitingBookings"),
        seats: column("seats"),
      })} AS "placement"
        FROM jsonb_to_recordset(${JSON.stringify(states.map((state, n) => ({ ...state, n })))}::jsonb)
             AS s("capacity" int, "seatsTaken" int, "waitingBookings" int, "seats" int, "n" int)
       ORDER BY s."n"`;
    const disagreements = states.filter((state, index) => rows[index]?.placement !== ruleSays(state, state.seats));
    expect(rows).toHaveLength(states.length);
    expect(disagreements).toEqual([]);
    // Both answers occur, so the comparison is not trivially true.
    expect(new Set(rows.map((row) => row.placement))).toEqual(new Set(["HELD", "WAITLISTED"]));
  });

  it("places a booking like the rule on random sessions, with the rule's reason and the next list position", async () => {
    const next = random(38);
    const db = getDb();
    for (let round = 0; round < 20; round++) {
      const capacity = 1 + next(6);
      const session = await createTestSession(courseId, capacity, "2027-04-01T08:00:00Z");
      // Some seats held, perhaps a waiting list, written as bookings so the session's invariant holds.
      const held = next(capacity + 1);
      if (held > 0) await bookSeats(db, bookingInput(session.id, `held${round}@amt.example`, held), NOW);
      const waiting = held === capacity || next(3) === 0 ? next(3) : 0;
      for (let index = 0; index < waiting; index++) {
        // A booking larger than the free seats joins the list even while seats are free.
        await bookSeats(db, bookingInput(session.id, `wait${round}-${index}@amt.example`, capacity), NOW);
      }
      const before = await db.courseSession.findUniqueOrThrow({ where: { id: session.id } });
      const list = await db.booking.aggregate({
        where: { sessionId: session.id, status: "WAITLISTED" },
        _count: true,
        _sum: { seats: true },
      });
      const state = {
        capacity,
        seatsTaken: before.seatsTaken,
        waitingBookings: list._count,
        waitingSeats: list._sum.seats ?? 0,
      };
      const seats = 1 + next(capacity);
      const expected = bookingPlacement(sessionAvailability(state), seats);
      const placed = await bookSeats(db, bookingInput(session.id, `new${round}@amt.example`, seats), NOW);
      expect({ round, status: placed.status, reason: placed.waitlistReason }).toEqual({
        round,
        status: expected.placement,
        reason: expected.reason,
      });
      expect(placed.waitlistPosition).toBe(expected.placement === "WAITLISTED" ? list._count + 1 : null);
      const stored = await db.booking.findUniqueOrThrow({
        where: { id: placed.bookingId },
        include: { participants: { orderBy: { position: "asc" } } },
      });
      expect(stored.participants.map((participant) => participant.name)).toEqual(
        bookingInput(session.id, `new${round}@amt.example`, seats).participants.map((participant) => participant.name),
      );
      const after = await expectSeatsInvariant(session.id);
      expect(after.seatsTaken).toBe(before.seatsTaken + (expected.placement === "HELD" ? seats : 0));
    }
  }, 60_000);

  it("a burst of mixed sizes: seats never overbooked, nobody overtakes the list, one mail and one hold job each", async () => {
    const db = getDb();
    const session = await createTestSession(courseId, 10, "2027-04-02T08:00:00Z");
    const next = random(3307);
    const sizes = Array.from({ length: 60 }, () => 1 + next(3));
    const results = await Promise.all(
      sizes.map((seats, index) => bookSeats(db, bookingInput(session.id, `burst${index}@amt.example`, seats), NOW)),
    );
    const after = await expectSeatsInvariant(session.id);
    const bookings = await db.booking.findMany({
      where: { sessionId: session.id },
      orderBy: { createdAt: "asc" },
      include: { _count: { select: { participants: true, outbox: true } } },
    });
    expect(bookings).toHaveLength(60);
    // Once somebody waits, nobody holds seats after them: held bookings came before the first waiting one.
    const waiting = bookings.filter((booking) => booking.status === "WAITLISTED");
    expect(waiting.map((booking) => booking.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: waiting.length }, (_, index) => index + 1),
    );
    const firstWaiting = Math.min(...results.filter((r) => r.status === "WAITLISTED").map((r) => r.waitlistPosition!));
    expect(firstWaiting).toBe(1);
    expect(after.seatsTaken).toBe(
      bookings.filter((booking) => booking.status === "HELD").reduce((sum, booking) => sum + booking.seats, 0),
    );
    expect(bookings.every((booking) => booking._count.participants === booking.seats)).toBe(true);
    expect(bookings.every((booking) => booking._count.outbox === 1)).toBe(true);
    const mails = await db.outboxMessage.findMany({
      where: { booking: { sessionId: session.id } },
      select: { id: true },
    });
    const deliveries = new Set((await pendingJobs("deliver-mail")).map((job) => job.key));
    expect(mails.every((mail) => deliveries.has(`mail:${mail.id}`))).toBe(true);
    const holds = (await pendingJobs(RELEASE_BOOKING_HOLDS_TASK)).length;
    expect(holds).toBeGreaterThanOrEqual(60);
  }, 60_000);
});
