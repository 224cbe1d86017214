// Seat bookings. Every change locks the session row (SELECT ... FOR UPDATE) inside one
// transaction, so concurrent bookings and cancellations of one session queue up; the pure rules
// decide held or waitlisted, and CourseSession_seats_guard refuses any overbooking a bug might try.
// A new booking holds its seats until the booker confirms from the mail (decision 0019): seatsTaken
// counts held and confirmed seats, and a lapsed hold is released before anything else is decided.
import type { Database, Tx } from "@/lib/db/client";
import { constraintOf, sqlStateOf, withTransactionRetry } from "@/lib/db/retry";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { scheduleJob } from "@/lib/jobs/queue";
import { calendarTokenFor, hashManageToken, isManageTokenShape, newManageToken } from "@/lib/manage-token";

import { notifyBookingCancelled, notifyBookingPlaced, type SessionForMail } from "./notify";
import {
  bookingClosedMessages,
  bookingClosedReason,
  bookingsToPromote,
  canCancelBooking,
  holdExpiry,
  placeBooking,
  promotedStatus,
} from "./rules";
import type { BookSeatsInput } from "./schemas";

export const DUPLICATE_BOOKING_MESSAGE =
  "Mit dieser E-Mail-Adresse besteht für diesen Termin bereits eine Buchung. Den Link zum Verwalten finden Sie in Ihrer Bestätigung.";
export const BOOKING_LINK_UNKNOWN_MESSAGE =
  "Dieser Link ist nicht (mehr) gültig. Den aktuellen Link finden Sie in Ihrer neusten E-Mail zu dieser Buchung.";
export const BOOKING_LINK_SPENT_MESSAGE = "Dieser Link ist nicht mehr gültig: Die Buchung ist bereits storniert.";
export const BOOKING_LAPSED_MESSAGE =
  "Diese Buchung wurde nicht rechtzeitig bestätigt und ist verfallen; die Plätze sind wieder frei. Bitte buchen Sie neu.";
/** The worker task that releases a session's lapsed holds; scheduled for the moment a hold ends. */
export const RELEASE_BOOKING_HOLDS_TASK = "release-booking-holds";

type LockedSession = {
  id: string;
  capacity: number;
  seatsTaken: number;
  status: "SCHEDULED" | "CANCELLED" | "HELD";
  startsAt: Date;
  bookingDeadline: Date | null;
  calendarSequence: number;
};

/** Locks the session row until the transaction ends; every seat change goes through here. */
export async function lockSession(tx: Tx, sessionId: string): Promise<LockedSession> {
  const rows = await tx.$queryRaw<LockedSession[]>`
    SELECT "id", "capacity", "seatsTaken", "status"::text AS "status", "startsAt", "bookingDeadline", "calendarSequence"
      FROM "CourseSession" WHERE "id" = ${sessionId}::uuid FOR UPDATE`;
  const session = rows[0];
  if (!session) throw new AppError("NOT_FOUND", "Diesen Termin gibt es nicht.");
  return session;
}

export async function sessionForMail(tx: Tx, sessionId: string): Promise<SessionForMail> {
  return tx.courseSession.findUniqueOrThrow({
    where: { id: sessionId },
    include: { course: { select: { title: true } } },
  });
}

export const bookingInclude = { participants: { orderBy: { position: "asc" as const } } };

export type PlacedBooking = {
  bookingId: string;
  token: string;
  status: "HELD" | "WAITLISTED";
  waitlistPosition: number | null;
  holdExpiresAt: Date;
};

/**
 * Books seats (held until the booker confirms from the mail), or a place on the waiting list when
 * they are not free (or others wait already); an unconfirmed waiting place lapses at the same time.
 * Safe under any concurrency: the session row lock serialises bookings of one session.
 */
export async function bookSeats(db: Database, input: BookSeatsInput, now = new Date()): Promise<PlacedBooking> {
  const seats = input.participants.length;
  const holdExpiresAt = holdExpiry(now, getEnv().BOOKING_HOLD_MINUTES);
  try {
    return await withTransactionRetry(() =>
      db.$transaction(async (tx) => {
        let session = await lockSession(tx, input.sessionId);
        // Seats of lapsed holds are free again before this booking is placed, even if the worker is late.
        if ((await releaseLapsedBookings(tx, session.id, now)) > 0) {
          await promoteWaitlist(tx, session.id, now);
          session = await lockSession(tx, input.sessionId);
        }
        const closed = bookingClosedReason(session, now);
        if (closed) throw new AppError("CONFLICT", bookingClosedMessages[closed]);
        if (seats > session.capacity) {
          throw new AppError("VALIDATION", `Für diesen Termin sind höchstens ${session.capacity} Plätze buchbar.`, {
            field: "participants",
          });
        }
        const waiting = await tx.booking.aggregate({
          where: { sessionId: session.id, status: "WAITLISTED" },
          _count: true,
          _max: { waitlistPosition: true },
        });
        const status = placeBooking(
          { capacity: session.capacity, seatsTaken: session.seatsTaken, waitingBookings: waiting._count },
          seats,
        );
        const waitlistPosition = status === "WAITLISTED" ? (waiting._max.waitlistPosition ?? 0) + 1 : null;
        if (status === "HELD") {
          await tx.courseSession.update({ where: { id: session.id }, data: { seatsTaken: { increment: seats } } });
        }
        const { token, hash, calendarHash } = newManageToken();
        const booking = await tx.booking.create({
          data: {
            sessionId: session.id,
            status,
            seats,
            salutation: input.salutation,
            contactName: input.contactName,
            email: input.email,
            phone: input.phone || null,
            organisation: input.organisation,
            billingReference: input.billingReference || null,
            waitlistPosition,
            manageTokenHash: hash,
            calendarTokenHash: calendarHash,
            // The booking's own calendar entry starts at SEQUENCE 0, whatever moves the session had.
            calendarSequenceBase: session.calendarSequence,
            holdExpiresAt,
            participants: {
              create: input.participants.map((participant, position) => ({
                name: participant.name,
                email: participant.email,
                position,
              })),
            },
          },
          include: bookingInclude,
        });
        await notifyBookingPlaced(tx, booking, await sessionForMail(tx, session.id), token, status);
        await scheduleJob(tx, RELEASE_BOOKING_HOLDS_TASK, { sessionId: session.id }, { runAt: holdExpiresAt });
        return { bookingId: booking.id, token, status, waitlistPosition, holdExpiresAt };
      }),
    );
  } catch (error) {
    if (
      sqlStateOf(error) === "23505" &&
      /Booking_active_email_guard/.test(String(constraintOf(error) ?? describe(error)))
    ) {
      throw new AppError("CONFLICT", DUPLICATE_BOOKING_MESSAGE, { field: "email", cause: error });
    }
    throw error;
  }
}

function describe(error: unknown): string {
  try {
    return JSON.stringify(error, Object.getOwnPropertyNames(error ?? {}));
  } catch {
    return String(error);
  }
}

/**
 * Cancels the session's bookings whose hold passed unconfirmed (held seats and waiting places) and
 * frees their seats; returns how many lapsed. No mail: nobody confirmed that address, so a stranger's
 * made-up booking must not make the app write to it twice. Call with the session locked.
 */
export async function releaseLapsedBookings(tx: Tx, sessionId: string, now: Date): Promise<number> {
  const lapsed = await tx.booking.findMany({
    where: { sessionId, status: { in: ["HELD", "WAITLISTED"] }, holdExpiresAt: { lte: now } },
    select: { id: true, status: true, seats: true },
  });
  if (lapsed.length === 0) return 0;
  await tx.booking.updateMany({
    where: { id: { in: lapsed.map((booking) => booking.id) } },
    data: { status: "CANCELLED", waitlistPosition: null, cancelledAt: now },
  });
  const freed = lapsed.filter((booking) => booking.status === "HELD").reduce((sum, booking) => sum + booking.seats, 0);
  if (freed > 0) {
    await tx.courseSession.update({ where: { id: sessionId }, data: { seatsTaken: { decrement: freed } } });
  }
  return lapsed.length;
}

/**
 * Moves waiting bookings up, in list order, while their seats fit; each gets a fresh manage link
 * (the old one was only ever sent in the waiting-list mail) and an e-mail. A booker who already
 * confirmed from the mail is confirmed at once; one who has not keeps the rest of the hold.
 * Call with the session locked.
 */
export async function promoteWaitlist(tx: Tx, sessionId: string, now: Date): Promise<string[]> {
  await releaseLapsedBookings(tx, sessionId, now);
  const session = await tx.courseSession.findUniqueOrThrow({ where: { id: sessionId } });
  if (session.status !== "SCHEDULED" || session.startsAt.getTime() <= now.getTime()) return [];
  const waiting = await tx.booking.findMany({
    where: { sessionId, status: "WAITLISTED" },
    select: { id: true, seats: true, waitlistPosition: true, holdExpiresAt: true },
    orderBy: { waitlistPosition: "asc" },
  });
  const promoted = bookingsToPromote(
    session.capacity,
    session.seatsTaken,
    waiting.map((booking) => ({ ...booking, waitlistPosition: booking.waitlistPosition ?? 0 })),
  );
  if (promoted.length === 0) return [];
  await tx.courseSession.update({
    where: { id: sessionId },
    data: { seatsTaken: { increment: promoted.reduce((sum, booking) => sum + booking.seats, 0) } },
  });
  const mailSession = await sessionForMail(tx, sessionId);
  for (const { id, holdExpiresAt } of promoted) {
    const { token, hash, calendarHash } = newManageToken();
    const status = promotedStatus({ holdExpiresAt });
    const booking = await tx.booking.update({
      where: { id },
      data: {
        status,
        waitlistPosition: null,
        promotedAt: now,
        confirmedAt: status === "CONFIRMED" ? now : null,
        manageTokenHash: hash,
        calendarTokenHash: calendarHash,
      },
      include: bookingInclude,
    });
    await notifyBookingPlaced(tx, booking, mailSession, token, "PROMOTED");
  }
  return promoted.map((booking) => booking.id);
}

/** The booking a calendar link serves; the calendar token opens nothing else. */
export async function findBookingByCalendarToken(db: Database | Tx, token: string) {
  if (!isManageTokenShape(token)) return null;
  return db.booking.findUnique({
    where: { calendarTokenHash: hashManageToken(token) },
    include: { ...bookingInclude, session: { include: { course: { select: { title: true, slug: true } } } } },
  });
}

/** A booking made before calendar tokens existed gets its own when its manage page is opened. */
export async function ensureBookingCalendarToken(
  db: Database,
  booking: { id: string; calendarTokenHash: string | null },
  manageToken: string,
): Promise<void> {
  if (booking.calendarTokenHash) return;
  await db.booking.update({
    where: { id: booking.id },
    data: { calendarTokenHash: hashManageToken(calendarTokenFor(manageToken)) },
  });
}

export async function findBookingByToken(db: Database | Tx, token: string) {
  if (!isManageTokenShape(token)) return null;
  return db.booking.findUnique({
    where: { manageTokenHash: hashManageToken(token) },
    include: { ...bookingInclude, session: { include: { course: { select: { title: true, slug: true } } } } },
  });
}

export type CancelOutcome = { wasWaitlisted: boolean; promotedBookingIds: string[] };

/** Cancels seats (or leaves the waiting list) through the booking's link, and promotes who is next. */
export async function cancelBookingByToken(db: Database, token: string, now = new Date()): Promise<CancelOutcome> {
  const found = await findBookingByToken(db, token);
  if (!found) throw new AppError("NOT_FOUND", BOOKING_LINK_UNKNOWN_MESSAGE);
  return withTransactionRetry(() =>
    db.$transaction(async (tx) => {
      await lockSession(tx, found.sessionId);
      const booking = await tx.booking.findUniqueOrThrow({
        where: { id: found.id },
        include: { ...bookingInclude, session: true },
      });
      // The link may have been rotated by a promotion meanwhile: the old one is spent then.
      if (booking.manageTokenHash !== hashManageToken(token)) throw new AppError("EXPIRED", BOOKING_LINK_SPENT_MESSAGE);
      const deadlineHours = getEnv().BOOKING_CANCEL_DEADLINE_HOURS;
      const verdict = canCancelBooking(booking, now, deadlineHours);
      if (!verdict.ok) {
        throw new AppError(
          "EXPIRED",
          {
            SPENT: BOOKING_LINK_SPENT_MESSAGE,
            SESSION_CANCELLED: "Dieser Termin wurde abgesagt; Ihre Buchung ist damit bereits aufgehoben.",
            TOO_LATE: `Eine Stornierung über den Link ist nur bis ${deadlineHours} Stunden vor Kursbeginn möglich. Bitte melden Sie sich direkt.`,
          }[verdict.reason],
        );
      }
      if (booking.holdExpiresAt && booking.holdExpiresAt.getTime() <= now.getTime()) {
        throw new AppError("EXPIRED", BOOKING_LAPSED_MESSAGE);
      }
      const wasWaitlisted = booking.status === "WAITLISTED";
      await tx.booking.update({
        where: { id: booking.id },
        data: { status: "CANCELLED", waitlistPosition: null, cancelledAt: now },
      });
      if (!wasWaitlisted) {
        await tx.courseSession.update({
          where: { id: booking.sessionId },
          data: { seatsTaken: { decrement: booking.seats } },
        });
      }
      await notifyBookingCancelled(tx, booking, await sessionForMail(tx, booking.sessionId), wasWaitlisted);
      // Also after someone leaves the list: a large booking at its head may have held the ones behind.
      const promotedBookingIds = await promoteWaitlist(tx, booking.sessionId, now);
      return { wasWaitlisted, promotedBookingIds };
    }),
  );
}
