// Admin changes to sessions: create, move, cancel, attendance. Moving and cancelling lock the
// session row like bookings do, and notify every participant in the same transaction.
import { fromZurichWallTime } from "@/lib/calendar/zurich-time";
import type { Database } from "@/lib/db/client";
import { withTransactionRetry } from "@/lib/db/retry";
import { AppError } from "@/lib/errors";

import { notifySessionChanged } from "./notify";
import { capacityChangeProblem } from "./rules";
import type { CancelSessionInput, ChangeCapacityInput, MoveSessionInput, SessionInput } from "./schemas";
import { lockSession, promoteWaitlist } from "./service";

function instant(date: string, clock: string): Date {
  const [hours = 0, minutes = 0] = clock.split(":").map(Number);
  return fromZurichWallTime(date, hours, minutes);
}

export function sessionTimes(input: { date: string; startTime: string; endTime: string }) {
  return { startsAt: instant(input.date, input.startTime), endsAt: instant(input.date, input.endTime) };
}

export async function createSession(db: Database, input: SessionInput, now = new Date()) {
  const { startsAt, endsAt } = sessionTimes(input);
  if (startsAt.getTime() <= now.getTime()) {
    throw new AppError("VALIDATION", "Der Termin muss in der Zukunft liegen.", { field: "date" });
  }
  const inquiry = input.inquiryReference
    ? await db.inquiry.findUnique({ where: { reference: input.inquiryReference }, select: { id: true } })
    : null;
  if (input.inquiryReference && !inquiry) {
    throw new AppError("VALIDATION", "Eine Anfrage mit dieser Referenz gibt es nicht.", { field: "inquiryReference" });
  }
  // The deadline is the end of the chosen day in Zurich.
  const bookingDeadline = input.bookingDeadline ? instant(input.bookingDeadline, "23:59") : null;
  if (bookingDeadline && bookingDeadline.getTime() > startsAt.getTime()) {
    throw new AppError("VALIDATION", "Der Anmeldeschluss muss vor dem Kurs liegen.", { field: "bookingDeadline" });
  }
  return db.$transaction(async (tx) => {
    const session = await tx.courseSession.create({
      data: {
        courseId: input.courseId,
        title: input.title || null,
        startsAt,
        endsAt,
        location: input.location,
        address: input.address,
        capacity: input.capacity,
        isPublic: input.isPublic,
        inquiryId: inquiry?.id,
        bookingDeadline,
        priceNote: input.priceNote,
      },
    });
    if (inquiry) {
      await tx.inquiryEvent.create({
        data: { inquiryId: inquiry.id, type: "SESSION_CREATED", data: { sessionId: session.id } },
      });
    }
    return session;
  });
}

const withPeople = {
  course: { select: { title: true } },
  bookings: {
    where: { status: { in: ["HELD" as const, "CONFIRMED" as const, "WAITLISTED" as const] } },
    include: { participants: { orderBy: { position: "asc" as const } } },
  },
};

/** New date, times or place; everyone booked or waiting is told, confirmed bookings with an updated calendar entry. */
export async function moveSession(db: Database, input: MoveSessionInput, now = new Date()) {
  const { startsAt, endsAt } = sessionTimes(input);
  if (startsAt.getTime() <= now.getTime()) {
    throw new AppError("VALIDATION", "Der neue Termin muss in der Zukunft liegen.", { field: "date" });
  }
  return withTransactionRetry(() =>
    db.$transaction(async (tx) => {
      const locked = await lockSession(tx, input.sessionId);
      if (locked.status !== "SCHEDULED")
        throw new AppError("CONFLICT", "Ein abgesagter Termin kann nicht verschoben werden.");
      const previous = await tx.courseSession.findUniqueOrThrow({
        where: { id: input.sessionId },
        include: withPeople,
      });
      const session = await tx.courseSession.update({
        where: { id: input.sessionId },
        // A moved session reminds again before its new date.
        data: {
          startsAt,
          endsAt,
          location: input.location,
          address: input.address,
          reminderSentAt: null,
          calendarSequence: { increment: 1 },
        },
        include: withPeople,
      });
      for (const booking of session.bookings) {
        await notifySessionChanged(tx, booking, session, "MOVED", input.message, previous);
      }
      return { notified: session.bookings.length };
    }),
  );
}

/** Cancels the session and every booking and waiting-list place on it, and tells each person. */
export async function cancelSession(db: Database, input: CancelSessionInput, now = new Date()) {
  return withTransactionRetry(() =>
    db.$transaction(async (tx) => {
      const locked = await lockSession(tx, input.sessionId);
      if (locked.status !== "SCHEDULED") throw new AppError("CONFLICT", "Dieser Termin ist bereits abgesagt.");
      const before = await tx.courseSession.findUniqueOrThrow({ where: { id: input.sessionId }, include: withPeople });
      await tx.booking.updateMany({
        where: { sessionId: input.sessionId, status: { in: ["HELD", "CONFIRMED", "WAITLISTED"] } },
        data: { status: "CANCELLED", waitlistPosition: null, cancelledAt: now },
      });
      const session = await tx.courseSession.update({
        where: { id: input.sessionId },
        data: { status: "CANCELLED", seatsTaken: 0 },
        include: { course: { select: { title: true } } },
      });
      for (const booking of before.bookings) {
        await notifySessionChanged(tx, booking, session, "CANCELLED", input.message);
      }
      return { notified: before.bookings.length };
    }),
  );
}

/**
 * Sets a scheduled session's capacity. Raised, it moves waiting bookings up in list order by the
 * same rules and e-mails as a cancellation does; lowered, never below the confirmed seats.
 */
export async function changeSessionCapacity(db: Database, input: ChangeCapacityInput, now = new Date()) {
  return withTransactionRetry(() =>
    db.$transaction(async (tx) => {
      const locked = await lockSession(tx, input.sessionId);
      if (locked.status !== "SCHEDULED") {
        throw new AppError("CONFLICT", "Bei einem abgesagten Termin lässt sich die Kapazität nicht mehr ändern.");
      }
      const problem = capacityChangeProblem(locked.seatsTaken, input.capacity);
      if (problem) throw new AppError("VALIDATION", problem, { field: "capacity" });
      await tx.courseSession.update({ where: { id: input.sessionId }, data: { capacity: input.capacity } });
      const promoted = await promoteWaitlist(tx, input.sessionId, now);
      return { promoted: promoted.length };
    }),
  );
}

export async function setAttendance(db: Database, participantId: string, attendance: "UNKNOWN" | "PRESENT" | "ABSENT") {
  await db.bookingParticipant.update({ where: { id: participantId }, data: { attendance } });
}
