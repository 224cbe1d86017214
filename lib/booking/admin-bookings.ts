// The consultant's changes to one booking: cancel it, move it to another session of the same
// course, remove or rename one participant. Each locks the sessions it touches (like every seat
// change), writes an audit row (the booking's history on the admin session page) and the mails to
// the people concerned in the same transaction.
import type { Database, Tx } from "@/lib/db/client";
import { constraintOf, sqlStateOf, withTransactionRetry } from "@/lib/db/retry";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatDateTime, plural, pluralText } from "@/lib/format";
import { greeting } from "@/lib/greeting";
import { enqueueMail } from "@/lib/mail/outbox";

import { notifyBookingCancelled, notifySessionChanged, sessionSummary } from "./notify";
import { bookingClosedReason } from "./rules";
import type {
  AdminCancelBookingInput,
  AdminMoveBookingInput,
  RemoveParticipantInput,
  RenameParticipantInput,
} from "./schemas";
import { bookingInclude, lockSession, promoteWaitlist, sessionForMail } from "./service";

export const BOOKING_NOT_ACTIVE_MESSAGE = "Diese Buchung ist bereits storniert.";

const holdsSeats = (status: string) => status === "HELD" || status === "CONFIRMED";

async function activeBooking(tx: Tx, bookingId: string) {
  const booking = await tx.booking.findUnique({ where: { id: bookingId }, include: bookingInclude });
  if (!booking) throw new AppError("NOT_FOUND", "Diese Buchung gibt es nicht.");
  if (booking.status === "CANCELLED") throw new AppError("CONFLICT", BOOKING_NOT_ACTIVE_MESSAGE);
  return booking;
}

async function audit(tx: Tx, actorId: string, action: string, bookingId: string, data: Record<string, string>) {
  await tx.auditLog.create({ data: { actorId, action, entityType: "Booking", entityId: bookingId, data } });
}

/** The consultant cancels one booking; the seats go to the waiting list, everyone on it is told. */
export async function cancelBookingAsAdmin(
  db: Database,
  input: AdminCancelBookingInput,
  actorId: string,
  now = new Date(),
): Promise<{ promoted: number }> {
  return withTransactionRetry(() =>
    db.$transaction(async (tx) => {
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
      await audit(tx, actorId, "booking.cancel", booking.id, {
        sessionId: booking.sessionId,
        contactName: booking.contactName,
        message: input.message,
      });
      const promoted = await promoteWaitlist(tx, booking.sessionId, now);
      return { promoted: promoted.length };
    }),
  );
}

/**
 * Moves one booking with all its participants to another session of the same course. Its seats
 * must fit there; the calendar entry keeps its UID and grows its SEQUENCE, the waiting list of
 * the old session moves up.
 */
export async function moveBookingAsAdmin(
  db: Database,
  input: AdminMoveBookingInput,
  actorId: string,
  now = new Date(),
): Promise<{ promoted: number }> {
  try {
    return await withTransactionRetry(() =>
      db.$transaction(async (tx) => {
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
          throw new AppError(
            "VALIDATION",
            "Eine Buchung lässt sich nur in einen Termin desselben Kurses verschieben.",
            {
              field: "targetSessionId",
            },
          );
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
        await audit(tx, actorId, "booking.move", booking.id, {
          sessionId: from.id,
          toSessionId: to.id,
          contactName: booking.contactName,
          message: input.message,
        });
        const promoted = await promoteWaitlist(tx, from.id, now);
        return { promoted: promoted.length };
      }),
    );
  } catch (error) {
    if (sqlStateOf(error) === "23505" && /Booking_active_email_guard/.test(String(constraintOf(error) ?? error))) {
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
  input: RemoveParticipantInput,
  actorId: string,
  now = new Date(),
): Promise<{ promoted: number }> {
  return withTransactionRetry(() =>
    db.$transaction(async (tx) => {
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
      await audit(tx, actorId, "participant.remove", booking.id, {
        sessionId: booking.sessionId,
        name: participant.name,
      });
      const promoted = await promoteWaitlist(tx, booking.sessionId, now);
      return { promoted: promoted.length };
    }),
  );
}

/** Corrects one person's name (e.g. a typo, or a colleague goes instead). */
export async function renameParticipantAsAdmin(
  db: Database,
  input: RenameParticipantInput,
  actorId: string,
): Promise<void> {
  await withTransactionRetry(() =>
    db.$transaction(async (tx) => {
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
      await audit(tx, actorId, "participant.rename", booking.id, {
        sessionId: booking.sessionId,
        from: participant.name,
        to: input.name,
      });
    }),
  );
}
