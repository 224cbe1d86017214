// Seat bookings. Every change locks the session row (SELECT ... FOR UPDATE) inside one
// transaction, so concurrent bookings and cancellations of one session queue up; the pure rules
// decide held or waitlisted, and CourseSession_seats_guard refuses any overbooking a bug might try.
// A new booking holds its seats until the booker confirms from the mail (decision 0019): seatsTaken
// counts held and confirmed seats, and a lapsed hold is released before anything else is decided.
import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { newRowId } from "@/lib/db/ids";
import { inTransaction } from "@/lib/db/transaction";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatDateTime, plural, pluralText } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { greeting } from "@/lib/greeting";
import { enqueueMail, enqueueNewMails, newOutboxRow } from "@/lib/mail/outbox";
import { calendarTokenFor, hashManageToken, isManageTokenShape, newManageToken } from "@/lib/manage-token";

import {
  bookingPlacedMail,
  notifyBookingCancelled,
  notifyBookingPlaced,
  type BookingForMail,
  notifySessionChanged,
  sessionSummary,
  type SessionForMail,
} from "./notify";
import {
  bookingClosedMessages,
  bookingClosedReason,
  bookingsToPromote,
  canCancelBooking,
  bookingPlacement,
  capacityChangeProblem,
  holdExpiry,
  isHoldLapsed,
  planSessionDays,
  promotedStatus,
  RUN_MOVE_MESSAGE,
  sessionAvailability,
  sessionTimes,
  zurichInstant,
  type Placement,
  type SeatState,
} from "./rules";
import type {
  AdminCancelBookingInput,
  AdminMoveBookingInput,
  AttendanceInput,
  BookSeatsInput,
  CancelSessionInput,
  ChangeCapacityInput,
  MoveSessionInput,
  RemoveParticipantInput,
  RenameParticipantInput,
  SessionInput,
} from "./schemas";

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
    include: { course: { select: { title: true } }, days: runDaysInOrder },
  });
}

export const bookingInclude = { participants: { orderBy: { position: "asc" as const } } };
/** A course run's days (decision 0037), for every mail and calendar entry of its bookings. */
export const runDaysInOrder = { orderBy: { dayNumber: "asc" as const } };

export type PlacedBooking = {
  bookingId: string;
  token: string;
  status: "HELD" | "WAITLISTED";
  waitlistPosition: number | null;
  /** Why the booking waits (the rule's sentence at the moment it was placed), null when it holds seats. */
  waitlistReason: string | null;
  holdExpiresAt: Date;
};

/**
 * The seat decision for a new booking of `seats` people as one SQL expression over a session's
 * state: "HELD" when the seats are free and nobody waits, else "WAITLISTED". It is the rule of
 * bookingPlacement(sessionAvailability(...)) written for the statement that places the seats;
 * bookSeats checks every decision against that rule, and a test compares both on random states.
 */
export function seatPlacementSql(
  state: Record<"capacity" | "seatsTaken" | "waitingBookings" | "seats", Prisma.Sql>,
): Prisma.Sql {
  const free = Prisma.sql`(${state.capacity} - ${state.seatsTaken})`;
  return Prisma.sql`CASE WHEN ${state.waitingBookings} = 0 AND ${free} > 0 AND ${state.seats} <= ${free} THEN 'HELD' ELSE 'WAITLISTED' END`;
}

/** What the seat statement found (before its own write) and decided. */
type SeatDecision = SeatState & {
  waitingSeats: number;
  /** Null when lapsed holds must be released first: then nothing was written. */
  placement: Placement | null;
  waitlistPosition: number | null;
  calendarSequence: number;
  session: SessionForMail;
};

type SeatDecisionRow = Omit<SeatDecision, "session"> & {
  id: string;
  status: SessionForMail["status"];
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  location: string;
  address: string;
  bookingDeadline: Date | null;
  updatedAt: Date;
  courseTitle: string;
  /** Timestamps as JSON text: json_agg does not hand back dates. */
  runDays: { startsAt: string; endsAt: string }[] | null;
};

type NewBooking = {
  id: string;
  input: BookSeatsInput;
  manageTokenHash: string;
  calendarTokenHash: string;
  holdExpiresAt: Date;
};

/**
 * Places a new booking in one statement, with the session row already locked by this transaction
 * (so the statement's snapshot sees every booking committed before the lock was granted): reads
 * the waiting list, decides held or waitlisted, takes the seats, inserts the booking with its
 * participants and schedules the release of its hold. Writes nothing when the session has lapsed
 * holds (placement null): they are released first, by the caller.
 */
async function placeNewBooking(tx: Tx, booking: NewBooking, now: Date): Promise<SeatDecision> {
  const { input } = booking;
  const seats = input.participants.length;
  const participants = JSON.stringify(
    input.participants.map((participant, position) => ({
      id: newRowId(),
      name: participant.name,
      email: participant.email,
      position,
    })),
  );
  const rows = await tx.$queryRaw<SeatDecisionRow[]>`
    WITH waiting AS (
      SELECT count(*)::int AS "waitingBookings", coalesce(sum("seats"), 0)::int AS "waitingSeats",
             coalesce(max("waitlistPosition"), 0)::int AS "lastPosition"
        FROM "Booking" WHERE "sessionId" = ${input.sessionId}::uuid AND "status" = 'WAITLISTED'
    ), decided AS (
      SELECT s."id", s."capacity", s."seatsTaken", s."calendarSequence", s."status"::text AS "status", s."title",
             s."startsAt", s."endsAt", s."location", s."address", s."bookingDeadline", s."updatedAt",
             c."title" AS "courseTitle", w."waitingBookings", w."waitingSeats", w."lastPosition",
             -- A course run's days (decision 0037) for the booker's mail; null for a one-day session.
             (SELECT json_agg(json_build_object('startsAt', rd."startsAt", 'endsAt', rd."endsAt")
                       ORDER BY rd."dayNumber")
                FROM "CourseSessionDay" rd WHERE rd."sessionId" = s."id") AS "runDays",
             CASE WHEN EXISTS (
               SELECT 1 FROM "Booking" b WHERE b."sessionId" = s."id" AND b."status" IN ('HELD', 'WAITLISTED')
                  AND b."holdExpiresAt" <= ${now}::timestamptz
             ) THEN NULL ELSE ${seatPlacementSql({
               capacity: Prisma.sql`s."capacity"`,
               seatsTaken: Prisma.sql`s."seatsTaken"`,
               waitingBookings: Prisma.sql`w."waitingBookings"`,
               seats: Prisma.sql`${seats}::int`,
             })} END AS "placement"
        FROM "CourseSession" s JOIN "Course" c ON c."id" = s."courseId", waiting w
       WHERE s."id" = ${input.sessionId}::uuid
    ), seat AS (
      UPDATE "CourseSession" cs SET "seatsTaken" = cs."seatsTaken" + ${seats}::int, "updatedAt" = now()
        FROM decided d WHERE cs."id" = d."id" AND d."placement" = 'HELD'
    ), booking AS (
      INSERT INTO "Booking" ("id", "sessionId", "status", "seats", "salutation", "contactName", "email", "phone",
                             "organisation", "billingReference", "waitlistPosition", "manageTokenHash",
                             "calendarTokenHash", "calendarSequenceBase", "holdExpiresAt", "updatedAt")
      SELECT ${booking.id}::uuid, d."id", d."placement"::"BookingStatus", ${seats}::int,
             ${input.salutation}::"Salutation", ${input.contactName}, ${input.email}, ${input.phone || null},
             ${input.organisation}, ${input.billingReference || null},
             CASE WHEN d."placement" = 'WAITLISTED' THEN d."lastPosition" + 1 END,
             ${booking.manageTokenHash}, ${booking.calendarTokenHash},
             -- The booking's own calendar entry starts at SEQUENCE 0, whatever moves the session had.
             d."calendarSequence", ${booking.holdExpiresAt}::timestamptz, now()
        FROM decided d WHERE d."placement" IS NOT NULL
      RETURNING "id", "waitlistPosition"
    ), people AS (
      INSERT INTO "BookingParticipant" ("id", "bookingId", "name", "email", "position")
      SELECT p."id", b."id", p."name", p."email", p."position"
        FROM booking b, jsonb_to_recordset(${participants}::jsonb) AS p("id" uuid, "name" text, "email" text, "position" int)
    )
    SELECT d.*, b."waitlistPosition",
           (SELECT (graphile_worker.add_job(
              identifier => ${RELEASE_BOOKING_HOLDS_TASK}::text,
              payload => json_build_object('sessionId', d."id"),
              run_at => ${booking.holdExpiresAt}::timestamptz
            )).id::text FROM booking) AS "releaseJob"
      FROM decided d LEFT JOIN booking b ON true`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "Diesen Termin gibt es nicht.");
  const { courseTitle, runDays, ...session } = row;
  return {
    capacity: row.capacity,
    seatsTaken: row.seatsTaken,
    waitingBookings: row.waitingBookings,
    waitingSeats: row.waitingSeats,
    placement: row.placement,
    waitlistPosition: row.waitlistPosition,
    calendarSequence: row.calendarSequence,
    session: {
      id: session.id,
      title: session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      location: session.location,
      address: session.address,
      status: session.status,
      bookingDeadline: session.bookingDeadline,
      calendarSequence: session.calendarSequence,
      updatedAt: session.updatedAt,
      course: { title: courseTitle },
      days: (runDays ?? []).map((day) => ({ startsAt: new Date(day.startsAt), endsAt: new Date(day.endsAt) })),
    },
  };
}

/**
 * Books seats (held until the booker confirms from the mail), or a place on the waiting list when
 * they are not free (or others wait already); an unconfirmed waiting place lapses at the same time.
 * Safe under any concurrency: the session row lock serialises bookings of one session. The lock
 * is held for three round trips (lock, the seat statement, the mail), so a burst passes quickly:
 * the token and ids are made before, and nothing else is read (decision 0038).
 */
export async function bookSeats(db: Database, input: BookSeatsInput, now = new Date()): Promise<PlacedBooking> {
  const seats = input.participants.length;
  const { token, hash, calendarHash } = newManageToken();
  const booking: NewBooking = {
    id: newRowId(now.getTime()),
    input,
    manageTokenHash: hash,
    calendarTokenHash: calendarHash,
    holdExpiresAt: holdExpiry(now, getEnv().BOOKING_HOLD_MINUTES),
  };
  try {
    return await inTransaction(db, async (tx) => {
      const session = await lockSession(tx, input.sessionId);
      const closed = bookingClosedReason(session, now);
      if (closed) throw new AppError("CONFLICT", bookingClosedMessages[closed]);
      if (seats > session.capacity) {
        throw new AppError("VALIDATION", `Für diesen Termin sind höchstens ${session.capacity} Plätze buchbar.`, {
          field: "participants",
        });
      }
      let decision = await placeNewBooking(tx, booking, now);
      if (decision.placement === null) {
        // Seats of lapsed holds are free again before this booking is placed, even if the worker is late.
        await releaseLapsedBookings(tx, session.id, now);
        await promoteWaitlist(tx, session.id, now);
        decision = await placeNewBooking(tx, booking, now);
      }
      const status = decision.placement;
      // The statement decided; the rule must say the same of the state it saw, or nothing is written.
      const verdict = bookingPlacement(sessionAvailability(decision), seats);
      if (status === null || status !== verdict.placement) {
        throw new Error(`Seat statement placed ${status ?? "nothing"}, the rule says ${verdict.placement}.`);
      }
      const placed: BookingForMail = {
        id: booking.id,
        status,
        seats,
        holdExpiresAt: booking.holdExpiresAt,
        calendarSequenceBase: decision.calendarSequence,
        salutation: input.salutation,
        contactName: input.contactName,
        email: input.email,
        billingReference: input.billingReference || null,
        waitlistPosition: decision.waitlistPosition,
        participants: input.participants,
      };
      await enqueueNewMails(tx, [
        newOutboxRow(bookingPlacedMail(placed, decision.session, token, status, verdict.reason)),
      ]);
      const { waitlistPosition } = decision;
      return {
        bookingId: booking.id,
        token,
        status,
        waitlistPosition,
        waitlistReason: verdict.reason,
        holdExpiresAt: booking.holdExpiresAt,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error, "Booking_active_email_guard")) {
      throw new AppError("CONFLICT", DUPLICATE_BOOKING_MESSAGE, { field: "email", cause: error });
    }
    throw error;
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
    include: {
      ...bookingInclude,
      session: { include: { course: { select: { title: true, slug: true } }, days: runDaysInOrder } },
    },
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
    include: {
      ...bookingInclude,
      session: { include: { course: { select: { title: true, slug: true } }, days: runDaysInOrder } },
    },
  });
}

export type CancelOutcome = { wasWaitlisted: boolean; promotedBookingIds: string[] };

/** Cancels seats (or leaves the waiting list) through the booking's link, and promotes who is next. */
export async function cancelBookingByToken(db: Database, token: string, now = new Date()): Promise<CancelOutcome> {
  const found = await findBookingByToken(db, token);
  if (!found) throw new AppError("NOT_FOUND", BOOKING_LINK_UNKNOWN_MESSAGE);
  return inTransaction(db, async (tx) => {
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
  });
}

// Confirming a held booking from the mail, and releasing holds that lapsed (decision 0019). The
// confirm link only opens a page; confirming is a POST from it, since mail scanners fetch links.

export type ConfirmOutcome = { status: "CONFIRMED" | "WAITLISTED"; alreadyConfirmed: boolean };

/**
 * The booker confirms from the mail: held seats become confirmed (with the calendar entry and the
 * consultant's notice), a waiting place is kept past the hold. A second confirmation changes nothing.
 */
export async function confirmBookingByToken(db: Database, token: string, now = new Date()): Promise<ConfirmOutcome> {
  const found = await findBookingByToken(db, token);
  if (!found) throw new AppError("NOT_FOUND", BOOKING_LINK_UNKNOWN_MESSAGE);
  return inTransaction(db, async (tx) => {
    await lockSession(tx, found.sessionId);
    const booking = await tx.booking.findUniqueOrThrow({ where: { id: found.id }, include: bookingInclude });
    if (booking.manageTokenHash !== hashManageToken(token)) throw new AppError("EXPIRED", BOOKING_LINK_SPENT_MESSAGE);
    if (booking.status === "CANCELLED") {
      throw new AppError("EXPIRED", booking.holdExpiresAt ? BOOKING_LAPSED_MESSAGE : BOOKING_LINK_SPENT_MESSAGE);
    }
    if (booking.holdExpiresAt === null) {
      return { status: booking.status === "WAITLISTED" ? "WAITLISTED" : "CONFIRMED", alreadyConfirmed: true };
    }
    if (isHoldLapsed(booking, now)) throw new AppError("EXPIRED", BOOKING_LAPSED_MESSAGE);
    if (booking.status === "WAITLISTED") {
      await tx.booking.update({ where: { id: booking.id }, data: { holdExpiresAt: null } });
      return { status: "WAITLISTED", alreadyConfirmed: false };
    }
    const confirmed = await tx.booking.update({
      where: { id: booking.id },
      data: { status: "CONFIRMED", holdExpiresAt: null, confirmedAt: now },
      include: bookingInclude,
    });
    await notifyBookingPlaced(tx, confirmed, await sessionForMail(tx, booking.sessionId), token, "CONFIRMED");
    return { status: "CONFIRMED", alreadyConfirmed: false };
  });
}

/** The worker's task: frees a session's lapsed holds and moves the waiting list up, with mails. */
export async function releaseBookingHolds(db: Database, sessionId: string, now = new Date()): Promise<string[]> {
  return inTransaction(db, async (tx) => {
    const exists = await tx.courseSession.findUnique({ where: { id: sessionId }, select: { id: true } });
    if (!exists) return [];
    await lockSession(tx, sessionId);
    return promoteWaitlist(tx, sessionId, now);
  });
}

/** Safety net for holds whose scheduled job was lost: every session with a lapsed hold. */
export async function releaseAllLapsedBookingHolds(db: Database, now = new Date()): Promise<number> {
  const sessions = await db.booking.findMany({
    where: { status: { in: ["HELD", "WAITLISTED"] }, holdExpiresAt: { lte: now } },
    select: { sessionId: true },
    distinct: ["sessionId"],
  });
  for (const { sessionId } of sessions) await releaseBookingHolds(db, sessionId, now);
  return sessions.length;
}

// Admin changes to sessions: create, move, cancel, capacity, attendance. Moving and cancelling lock
// the session row like bookings do, notify every participant and write the audit row in the same transaction.

export async function createSession(db: Database, actor: Actor, input: SessionInput, now = new Date()) {
  const plan = planSessionDays(input, input.extraDays ?? [], Boolean(input.inquiryReference), now);
  if (plan.problem) throw new AppError("VALIDATION", plan.problem.message, { field: plan.problem.field });
  const { days, startsAt, endsAt } = plan;
  const inquiry = input.inquiryReference
    ? await db.inquiry.findUnique({ where: { reference: input.inquiryReference }, select: { id: true } })
    : null;
  if (input.inquiryReference && !inquiry) {
    throw new AppError("VALIDATION", "Eine Anfrage mit dieser Referenz gibt es nicht.", { field: "inquiryReference" });
  }
  // The deadline is the end of the chosen day in Zurich.
  const bookingDeadline = input.bookingDeadline ? zurichInstant(input.bookingDeadline, "23:59") : null;
  if (bookingDeadline && bookingDeadline.getTime() > startsAt.getTime()) {
    throw new AppError("VALIDATION", "Der Anmeldeschluss muss vor dem Kurs liegen.", { field: "bookingDeadline" });
  }
  return inTransaction(db, async (tx) => {
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
        days: { create: days },
      },
    });
    if (inquiry) {
      await tx.inquiryEvent.create({
        data: { inquiryId: inquiry.id, type: "SESSION_CREATED", data: { sessionId: session.id } },
      });
    }
    await recordAudit(tx, actor, { action: "session.create", entityType: "CourseSession", entityId: session.id });
    return session;
  });
}

const withPeople = {
  course: { select: { title: true } },
  days: runDaysInOrder,
  bookings: {
    where: { status: { in: ["HELD" as const, "CONFIRMED" as const, "WAITLISTED" as const] } },
    include: { participants: { orderBy: { position: "asc" as const } } },
  },
};

/** New date, times or place; everyone booked or waiting is told, confirmed bookings with an updated calendar entry. */
export async function moveSession(db: Database, actor: Actor, input: MoveSessionInput, now = new Date()) {
  const { startsAt, endsAt } = sessionTimes(input);
  if (startsAt.getTime() <= now.getTime()) {
    throw new AppError("VALIDATION", "Der neue Termin muss in der Zukunft liegen.", { field: "date" });
  }
  return inTransaction(db, async (tx) => {
    const locked = await lockSession(tx, input.sessionId);
    if (locked.status !== "SCHEDULED")
      throw new AppError("CONFLICT", "Ein abgesagter Termin kann nicht verschoben werden.");
    const previous = await tx.courseSession.findUniqueOrThrow({
      where: { id: input.sessionId },
      include: withPeople,
    });
    // One date and time cannot say where each day of a run goes (decision 0037).
    if (previous.days.length > 0) throw new AppError("CONFLICT", RUN_MOVE_MESSAGE);
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
    await recordAudit(tx, actor, {
      action: "session.move",
      entityType: "CourseSession",
      entityId: session.id,
      data: { from: previous.startsAt.toISOString(), to: startsAt.toISOString(), notified: session.bookings.length },
    });
    return { notified: session.bookings.length };
  });
}

/** Cancels the session and every booking and waiting-list place on it, and tells each person. */
export async function cancelSession(db: Database, actor: Actor, input: CancelSessionInput, now = new Date()) {
  return inTransaction(db, async (tx) => {
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
      include: { course: { select: { title: true } }, days: runDaysInOrder },
    });
    for (const booking of before.bookings) {
      await notifySessionChanged(tx, booking, session, "CANCELLED", input.message);
    }
    // Cancelling mails everyone booked or waiting: the trail says who did it and how many were told.
    await recordAudit(tx, actor, {
      action: "session.cancel",
      entityType: "CourseSession",
      entityId: session.id,
      data: { notified: before.bookings.length },
    });
    return { notified: before.bookings.length };
  });
}

/**
 * Sets a scheduled session's capacity. Raised, it moves waiting bookings up in list order by the
 * same rules and e-mails as a cancellation does; lowered, never below the confirmed seats.
 */
export async function changeSessionCapacity(db: Database, actor: Actor, input: ChangeCapacityInput, now = new Date()) {
  return inTransaction(db, async (tx) => {
    const locked = await lockSession(tx, input.sessionId);
    if (locked.status !== "SCHEDULED") {
      throw new AppError("CONFLICT", "Bei einem abgesagten Termin lässt sich die Kapazität nicht mehr ändern.");
    }
    const problem = capacityChangeProblem(locked.seatsTaken, input.capacity);
    if (problem) throw new AppError("VALIDATION", problem, { field: "capacity" });
    await tx.courseSession.update({ where: { id: input.sessionId }, data: { capacity: input.capacity } });
    const promoted = await promoteWaitlist(tx, input.sessionId, now);
    await recordAudit(tx, actor, {
      action: "session.capacity",
      entityType: "CourseSession",
      entityId: input.sessionId,
      data: { from: locked.capacity, to: input.capacity, promoted: promoted.length },
    });
    return { promoted: promoted.length };
  });
}

export async function setAttendance(db: Database, actor: Actor, input: AttendanceInput) {
  await inTransaction(db, async (tx) => {
    await tx.bookingParticipant.update({ where: { id: input.participantId }, data: { attendance: input.attendance } });
    await recordAudit(tx, actor, {
      action: "participant.attendance",
      entityType: "BookingParticipant",
      entityId: input.participantId,
      data: { attendance: input.attendance },
    });
  });
}

// The consultant's changes to one booking: cancel it, move it to another session of the same
// course, remove or rename one participant. Each locks the sessions it touches (like every seat
// change), writes an audit row (the booking's history on the admin session page) and the mails to
// the people concerned in the same transaction.

export const BOOKING_NOT_ACTIVE_MESSAGE = "Diese Buchung ist bereits storniert.";

const holdsSeats = (status: string) => status === "HELD" || status === "CONFIRMED";

async function activeBooking(tx: Tx, bookingId: string) {
  const booking = await tx.booking.findUnique({ where: { id: bookingId }, include: bookingInclude });
  if (!booking) throw new AppError("NOT_FOUND", "Diese Buchung gibt es nicht.");
  if (booking.status === "CANCELLED") throw new AppError("CONFLICT", BOOKING_NOT_ACTIVE_MESSAGE);
  return booking;
}

function audit(tx: Tx, actor: Actor, action: string, bookingId: string, data: Record<string, string>) {
  return recordAudit(tx, actor, { action, entityType: "Booking", entityId: bookingId, data });
}

/** The consultant cancels one booking; the seats go to the waiting list, everyone on it is told. */
export async function cancelBookingAsAdmin(
  db: Database,
  actor: Actor,
  input: AdminCancelBookingInput,
  now = new Date(),
): Promise<{ promoted: number }> {
  return inTransaction(db, async (tx) => {
    const found = await tx.booking.findUnique({ where: { id: input.bookingId }, select: { sessionId: true } });
    if (!found) throw new AppError("NOT_FOUND", "Diese Buchung gibt es nicht.");
    await lockSession(tx, found.sessionId);
    const booking = await activeBooking(tx, input.bookingId);
    await tx.booking.update({
      where: { id: booking.id },
      data: { status: "CANCELLED", waitlistPosition: null, cancelledAt: now },
    });
    if (holdsSeats(booking.status)) {
      await tx.courseSession.update({
        where: { id: booking.sessionId },
        data: { seatsTaken: { decrement: booking.seats } },
      });
    }
    const session = await sessionForMail(tx, booking.sessionId);
    await notifyBookingCancelled(tx, booking, session, booking.status === "WAITLISTED", input.message);
    await audit(tx, actor, "booking.cancel", booking.id, {
      sessionId: booking.sessionId,
      contactName: booking.contactName,
      message: input.message,
    });
    const promoted = await promoteWaitlist(tx, booking.sessionId, now);
    return { promoted: promoted.length };
  });
}

/**
 * Moves one booking with all its participants to another session of the same course. Its seats
 * must fit there; the calendar entry keeps its UID and grows its SEQUENCE, the waiting list of
 * the old session moves up.
 */
export async function moveBookingAsAdmin(
  db: Database,
  actor: Actor,
  input: AdminMoveBookingInput,
  now = new Date(),
): Promise<{ promoted: number }> {
  try {
    return await inTransaction(db, async (tx) => {
      const found = await tx.booking.findUnique({ where: { id: input.bookingId }, select: { sessionId: true } });
      if (!found) throw new AppError("NOT_FOUND", "Diese Buchung gibt es nicht.");
      if (found.sessionId === input.targetSessionId) {
        throw new AppError("VALIDATION", "Die Buchung ist bereits in diesem Termin.", { field: "targetSessionId" });
      }
      // Always in the same order, so two moves between the same sessions cannot deadlock.
      for (const id of [found.sessionId, input.targetSessionId].sort()) await lockSession(tx, id);
      const booking = await activeBooking(tx, input.bookingId);
      const [from, to] = await Promise.all([
        tx.courseSession.findUniqueOrThrow({ where: { id: booking.sessionId } }),
        tx.courseSession.findUniqueOrThrow({ where: { id: input.targetSessionId } }),
      ]);
      if (from.courseId !== to.courseId) {
        throw new AppError("VALIDATION", "Eine Buchung lässt sich nur in einen Termin desselben Kurses verschieben.", {
          field: "targetSessionId",
        });
      }
      if (bookingClosedReason(to, now)) {
        throw new AppError("CONFLICT", "Dieser Termin ist abgesagt oder vorbei.", { field: "targetSessionId" });
      }
      const free = to.capacity - to.seatsTaken;
      if (booking.seats > free) {
        throw new AppError(
          "CONFLICT",
          free <= 0
            ? "Im gewählten Termin ist kein Platz mehr frei."
            : `Im gewählten Termin ${plural(free, "ist", "sind")} nur noch ${pluralText(free, "Platz", "Plätze")} frei; die Buchung hat ${booking.seats}.`,
          { field: "targetSessionId" },
        );
      }
      const status = booking.holdExpiresAt ? "HELD" : "CONFIRMED";
      if (holdsSeats(booking.status)) {
        await tx.courseSession.update({ where: { id: from.id }, data: { seatsTaken: { decrement: booking.seats } } });
      }
      await tx.courseSession.update({ where: { id: to.id }, data: { seatsTaken: { increment: booking.seats } } });
      // The entry keeps its UID; its SEQUENCE must be one more than the last one sent.
      const lastSequence = Math.max(0, from.calendarSequence - booking.calendarSequenceBase);
      const moved = await tx.booking.update({
        where: { id: booking.id },
        data: {
          sessionId: to.id,
          status,
          waitlistPosition: null,
          confirmedAt: status === "CONFIRMED" ? (booking.confirmedAt ?? now) : null,
          calendarSequenceBase: to.calendarSequence - (lastSequence + 1),
        },
        include: bookingInclude,
      });
      const [previous, next] = await Promise.all([sessionForMail(tx, from.id), sessionForMail(tx, to.id)]);
      await notifySessionChanged(tx, moved, next, "MOVED", input.message, previous);
      await audit(tx, actor, "booking.move", booking.id, {
        sessionId: from.id,
        toSessionId: to.id,
        contactName: booking.contactName,
        message: input.message,
      });
      const promoted = await promoteWaitlist(tx, from.id, now);
      return { promoted: promoted.length };
    });
  } catch (error) {
    if (isUniqueViolation(error, "Booking_active_email_guard")) {
      throw new AppError("CONFLICT", "Mit dieser E-Mail-Adresse besteht im gewählten Termin bereits eine Buchung.", {
        field: "targetSessionId",
        cause: error,
      });
    }
    throw error;
  }
}

async function lockedParticipant(tx: Tx, participantId: string) {
  const found = await tx.bookingParticipant.findUnique({
    where: { id: participantId },
    select: { booking: { select: { sessionId: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND", "Diese Person gibt es nicht (mehr) in der Buchung.");
  await lockSession(tx, found.booking.sessionId);
  const participant = await tx.bookingParticipant.findUniqueOrThrow({ where: { id: participantId } });
  const booking = await activeBooking(tx, participant.bookingId);
  return { participant, booking };
}

/** A short note to the booker and the person concerned (each once), about a change to one participant. */
async function notifyParticipantChange(
  tx: Tx,
  booking: Awaited<ReturnType<typeof activeBooking>>,
  person: { name: string; email: string | null },
  key: string,
  subject: string,
  body: string,
) {
  const session = await sessionForMail(tx, booking.sessionId);
  const summary = sessionSummary(session);
  // Each address once, greeted as its owner: the booker with the salutation chosen, the person by name.
  const recipients = new Map<string, { address: string; opening: string }>([
    [
      booking.email.toLowerCase(),
      { address: booking.email, opening: greeting(booking.contactName, booking.salutation) },
    ],
  ]);
  if (person.email && !recipients.has(person.email.toLowerCase())) {
    recipients.set(person.email.toLowerCase(), { address: person.email, opening: greeting(person.name, null) });
  }
  for (const [lower, { address, opening }] of recipients) {
    await enqueueMail(tx, {
      template: "message",
      props: {
        subject: `${subject}: ${summary.courseTitle}, ${formatDateTime(session.startsAt)}`,
        body: `${opening}\n\n${body}\n\nKurs: ${summary.courseTitle}, ${formatDateTime(session.startsAt)}, ${summary.location}\n\nFreundliche Grüsse\nAnliegen`,
      },
      to: address,
      replyTo: getEnv().CONSULTANT_EMAIL,
      idempotencyKey: `booking:${booking.id}:${key}:${lower}`,
      bookingId: booking.id,
    });
  }
}

/** Removes one person from a booking: one seat less (it goes to the waiting list). Never the last person. */
export async function removeParticipantAsAdmin(
  db: Database,
  actor: Actor,
  input: RemoveParticipantInput,
  now = new Date(),
): Promise<{ promoted: number }> {
  return inTransaction(db, async (tx) => {
    const { participant, booking } = await lockedParticipant(tx, input.participantId);
    if (booking.participants.length <= 1) {
      throw new AppError(
        "CONFLICT",
        "Die letzte Person einer Buchung lässt sich nicht entfernen. Stornieren Sie stattdessen die Buchung.",
      );
    }
    await tx.bookingParticipant.delete({ where: { id: participant.id } });
    await tx.booking.update({ where: { id: booking.id }, data: { seats: { decrement: 1 } } });
    if (holdsSeats(booking.status)) {
      await tx.courseSession.update({ where: { id: booking.sessionId }, data: { seatsTaken: { decrement: 1 } } });
    }
    await notifyParticipantChange(
      tx,
      booking,
      participant,
      `participant-removed:${participant.id}`,
      "Teilnahme abgemeldet",
      `${participant.name} ist von der Buchung von ${booking.contactName} abgemeldet; der Platz ist freigegeben.`,
    );
    await audit(tx, actor, "participant.remove", booking.id, {
      sessionId: booking.sessionId,
      name: participant.name,
    });
    const promoted = await promoteWaitlist(tx, booking.sessionId, now);
    return { promoted: promoted.length };
  });
}

/** Corrects one person's name (e.g. a typo, or a colleague goes instead). */
export async function renameParticipantAsAdmin(
  db: Database,
  actor: Actor,
  input: RenameParticipantInput,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const { participant, booking } = await lockedParticipant(tx, input.participantId);
    if (participant.name === input.name) return;
    const renamed = await tx.bookingParticipant.update({
      where: { id: participant.id },
      data: { name: input.name },
    });
    await notifyParticipantChange(
      tx,
      booking,
      renamed,
      `participant-renamed:${participant.id}:${Date.now()}`,
      "Teilnahme geändert",
      `In der Buchung von ${booking.contactName} steht statt «${participant.name}» jetzt «${input.name}».`,
    );
    await audit(tx, actor, "participant.rename", booking.id, {
      sessionId: booking.sessionId,
      from: participant.name,
      to: input.name,
    });
  });
}
