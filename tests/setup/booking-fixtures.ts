// Courses, sessions and seat-booking inputs for tests of lib/booking, written straight to the database.
import { expect } from "vitest";

import type { BookSeatsInput } from "@/lib/booking/schemas";
import { bookSeats, confirmBookingByToken } from "@/lib/booking/service";
import { getDb } from "@/lib/db";
import type { Database } from "@/lib/db/client";

/** The published one-day course the booking tests book seats of. */
export async function createTestCourse(db: Database = getDb()) {
  return db.course.create({
    data: {
      slug: "schalter",
      title: "Schwierige Kundengespräche am Schalter",
      summary: "Ruhig bleiben, klar bleiben.",
      audience: "Teams mit Schalterdienst",
      durationNote: "1 Tag",
      priceNote: "CHF 450.00 pro Person",
      published: true,
    },
  });
}

/** A scheduled session of eight hours in Bern (in the given database: the bench passes its own). */
export async function createTestSession(
  courseId: string,
  capacity: number,
  startsAt = "2027-03-20T08:00:00Z",
  db: Database = getDb(),
) {
  return db.courseSession.create({
    data: {
      courseId,
      startsAt: new Date(startsAt),
      endsAt: new Date(new Date(startsAt).getTime() + 8 * 60 * 60_000),
      location: "Bern, Kursraum Bollwerk",
      capacity,
    },
  });
}

/** A booking by `email` for `seats` people; the first participant is the booker. */
export function bookingInput(sessionId: string, email: string, seats = 1): BookSeatsInput {
  return {
    sessionId,
    salutation: "NEUTRAL",
    contactName: `Kontakt ${email}`,
    email,
    phone: "",
    organisation: "Betreibungsamt Thun",
    billingReference: "",
    participants: Array.from({ length: seats }, (_, index) => ({
      name: `Teilnehmerin ${index + 1} ${email}`,
      email: index === 0 ? email : `p${index}.${email}`,
    })),
  };
}

/** Books and confirms from the mail at once, as a booker who reads the mail right away does. */
export async function bookAndConfirm(db: Database, input: BookSeatsInput, now: Date) {
  const placed = await bookSeats(db, input, now);
  await confirmBookingByToken(db, placed.token, now);
  return placed;
}

/** Held seats count against capacity like confirmed ones: the session's count matches its bookings and its capacity. */
export async function expectSeatsInvariant(sessionId: string, db: Database = getDb()) {
  const session = await db.courseSession.findUniqueOrThrow({ where: { id: sessionId } });
  const taken = await db.booking.aggregate({
    where: { sessionId, status: { in: ["HELD", "CONFIRMED"] } },
    _sum: { seats: true },
  });
  expect(session.seatsTaken).toBe(taken._sum.seats ?? 0);
  expect(session.seatsTaken).toBeLessThanOrEqual(session.capacity);
  return session;
}
