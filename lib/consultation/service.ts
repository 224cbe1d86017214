// Booking, moving and cancelling consultation calls. The exclusion constraint
// Appointment_overlap_guard decides who gets a slot; these functions turn its verdict into a
// German message and write the e-mails in the same transaction.
import { holdExpiry, isHoldLapsed } from "@/lib/booking/rules";
import { actorUserId, recordAudit, visitor, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { constraintOf, sqlStateOf } from "@/lib/db/retry";
import { inTransaction } from "@/lib/db/transaction";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatDate, formatTime } from "@/lib/format";
import { appointmentBookedText } from "@/lib/inquiries/rules";
import { calendarTokenFor, hashManageToken, newManageToken } from "@/lib/manage-token";

import { notifyCallBooked, notifyCallCancelled } from "./notify";
import { callChain, findCallByToken, findInquiryByCallToken, listFreeSlots, readConsultationSettings } from "./queries";
import { canChangeAppointment, canRecordCallOutcome, type CallOutcome } from "./rules";
import {
  minuteOfClock,
  type AvailabilityExceptionInput,
  type AvailabilityRuleInput,
  type BookCallInput,
  type ConsultationSettingsInput,
} from "./schemas";
import { findSlot } from "./slots";

export const SLOT_TAKEN_MESSAGE =
  "Dieser Termin wurde soeben von jemand anderem gebucht. Bitte wählen Sie einen anderen freien Termin.";
export const SLOT_UNAVAILABLE_MESSAGE = "Dieser Termin ist nicht (mehr) frei. Bitte wählen Sie einen anderen.";
export const CALL_LINK_SPENT_MESSAGE =
  "Dieser Link ist nicht mehr gültig: Der Termin wurde bereits abgesagt oder verschoben.";
export const CALL_LAPSED_MESSAGE =
  "Dieser Termin wurde nicht rechtzeitig bestätigt und ist verfallen; er ist wieder frei. Bitte buchen Sie neu.";

export type BookedCall = {
  appointmentId: string;
  token: string;
  startsAt: Date;
  endsAt: Date;
  holdExpiresAt: Date | null;
};

/**
 * Cancels calls whose hold passed unconfirmed, so the exclusion guard and the slot list see them
 * free. No mail: nobody confirmed that address. Returns how many lapsed.
 */
export async function releaseLapsedCallHolds(db: Database | Tx, now = new Date()): Promise<number> {
  const { count } = await db.appointment.updateMany({
    where: { status: "BOOKED", holdExpiresAt: { lte: now } },
    data: { status: "CANCELLED", cancelledAt: now },
  });
  return count;
}

function isOverlapViolation(error: unknown): boolean {
  return sqlStateOf(error) === "23P01" || constraintOf(error) === "Appointment_overlap_guard";
}

async function requireFreeSlot(db: Database | Tx, startsAt: Date, now: Date, ignoreAppointmentId?: string) {
  const slot = findSlot(await listFreeSlots(db, now, ignoreAppointmentId), startsAt);
  if (!slot) throw new AppError("CONFLICT", SLOT_UNAVAILABLE_MESSAGE, { field: "startsAt" });
  return slot;
}

/** Books a call with a plain insert; if another booking won the slot meanwhile, the guard says so. */
export async function bookCall(db: Database, input: BookCallInput, now = new Date()): Promise<BookedCall> {
  const settings = await readConsultationSettings(db);
  const slot = await requireFreeSlot(db, new Date(input.startsAt), now);
  const inquiry = await findInquiryByCallToken(db, input.inquiryToken);
  const { token, hash, calendarHash } = newManageToken();
  const holdExpiresAt = holdExpiry(now, getEnv().BOOKING_HOLD_MINUTES);
  try {
    const appointment = await inTransaction(db, async (tx) => {
      await releaseLapsedCallHolds(tx, now);
      const created = await tx.appointment.create({
        data: {
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          salutation: input.salutation,
          name: input.name,
          organisation: input.organisation,
          email: input.email,
          phone: input.phone,
          topic: input.topic,
          inquiryId: inquiry?.id,
          manageTokenHash: hash,
          calendarTokenHash: calendarHash,
          holdExpiresAt,
        },
      });
      if (inquiry) {
        await tx.inquiryEvent.create({
          data: {
            inquiryId: inquiry.id,
            type: "APPOINTMENT_BOOKED",
            body: appointmentBookedText(slot.startsAt),
            data: { appointmentId: created.id, startsAt: slot.startsAt.toISOString() },
          },
        });
      }
      await notifyCallBooked(tx, {
        call: created,
        chain: { rootId: created.id, sequence: 0 },
        manageToken: token,
        moved: false,
        meetingNote: settings.meetingNote,
        changeCutoffHours: settings.changeCutoffHours,
        inquiryId: inquiry?.id,
        inquiryReference: inquiry?.reference,
      });
      return created;
    });
    return {
      appointmentId: appointment.id,
      token,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      holdExpiresAt: appointment.holdExpiresAt,
    };
  } catch (error) {
    if (isOverlapViolation(error))
      throw new AppError("CONFLICT", SLOT_TAKEN_MESSAGE, { field: "startsAt", cause: error });
    throw error;
  }
}

/** A call booked before calendar tokens existed gets its own when its manage page is opened. */
export async function ensureCallCalendarToken(
  db: Database,
  call: { id: string; calendarTokenHash: string | null },
  manageToken: string,
): Promise<void> {
  if (call.calendarTokenHash) return;
  await db.appointment.update({
    where: { id: call.id },
    data: { calendarTokenHash: hashManageToken(calendarTokenFor(manageToken)) },
  });
}

async function requireChangeableCall(db: Database | Tx, token: string, now: Date) {
  const appointment = await findCallByToken(db, token);
  if (!appointment) throw new AppError("NOT_FOUND", "Diesen Termin gibt es nicht. Bitte prüfen Sie den Link.");
  if (appointment.status === "BOOKED" && isHoldLapsed(appointment, now)) {
    throw new AppError("EXPIRED", CALL_LAPSED_MESSAGE);
  }
  const settings = await readConsultationSettings(db);
  const verdict = canChangeAppointment(appointment, now, settings.changeCutoffHours);
  if (!verdict.ok) {
    throw verdict.reason === "SPENT"
      ? new AppError("EXPIRED", CALL_LINK_SPENT_MESSAGE)
      : new AppError(
          "EXPIRED",
          `Änderungen sind nur bis ${settings.changeCutoffHours} Stunden vor dem Gespräch möglich. Bitte melden Sie sich direkt.`,
        );
  }
  return { appointment, settings };
}

/** Cancels through the visitor's link; a second use of the link finds the call no longer booked. */
export async function cancelCallByToken(db: Database, token: string, now = new Date()): Promise<void> {
  const { appointment } = await requireChangeableCall(db, token, now);
  await cancelCall(db, visitor, { appointmentId: appointment.id }, now);
}

/**
 * Cancels a booked call. A person signed in is the consultant: the mail says so and the audit
 * trail records who; the caller's own cancellation through the link leaves no audit row.
 */
export async function cancelCall(db: Database, actor: Actor, input: { appointmentId: string }, now = new Date()) {
  const byConsultant = actor.kind === "user";
  await inTransaction(db, async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id: input.appointmentId, status: "BOOKED" },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    if (count === 0) throw new AppError("EXPIRED", CALL_LINK_SPENT_MESSAGE);
    const appointment = await tx.appointment.findUniqueOrThrow({ where: { id: input.appointmentId } });
    await notifyCallCancelled(tx, appointment, await callChain(tx, appointment), byConsultant);
    if (byConsultant) {
      await recordAudit(tx, actor, { action: "call.cancel", entityType: "Appointment", entityId: appointment.id });
    }
  });
}

/**
 * The caller confirms the held call from the page the mail's link opened (a POST). Confirming
 * sends the calendar entry and tells the consultant; a second confirmation changes nothing.
 */
export async function confirmCallByToken(
  db: Database,
  token: string,
  now = new Date(),
): Promise<{ alreadyConfirmed: boolean }> {
  const { appointment, settings } = await requireChangeableCall(db, token, now);
  if (appointment.holdExpiresAt === null) return { alreadyConfirmed: true };
  return inTransaction(db, async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id: appointment.id, status: "BOOKED", holdExpiresAt: { gt: now } },
      data: { holdExpiresAt: null, confirmedAt: now },
    });
    if (count === 0) return { alreadyConfirmed: true };
    const confirmed = await tx.appointment.findUniqueOrThrow({ where: { id: appointment.id } });
    const inquiry = confirmed.inquiryId
      ? await tx.inquiry.findUnique({ where: { id: confirmed.inquiryId }, select: { reference: true } })
      : null;
    await notifyCallBooked(tx, {
      call: confirmed,
      chain: await callChain(tx, confirmed),
      manageToken: token,
      moved: false,
      meetingNote: settings.meetingNote,
      changeCutoffHours: settings.changeCutoffHours,
      inquiryId: confirmed.inquiryId,
      inquiryReference: inquiry?.reference,
    });
    return { alreadyConfirmed: false };
  });
}

/**
 * Moves a call: the old one becomes RESCHEDULED (its link is spent) and a new one is booked in the
 * same transaction, so the new slot may overlap the old one's time and a lost race changes nothing.
 */
export async function rescheduleCallByToken(
  db: Database,
  token: string,
  startsAt: Date,
  now = new Date(),
): Promise<BookedCall> {
  const { appointment, settings } = await requireChangeableCall(db, token, now);
  const slot = await requireFreeSlot(db, startsAt, now, appointment.id);
  const fresh = newManageToken();
  try {
    const created = await inTransaction(db, async (tx) => {
      const { count } = await tx.appointment.updateMany({
        where: { id: appointment.id, status: "BOOKED" },
        data: { status: "RESCHEDULED", cancelledAt: now },
      });
      if (count === 0) throw new AppError("EXPIRED", CALL_LINK_SPENT_MESSAGE);
      const next = await tx.appointment.create({
        data: {
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          salutation: appointment.salutation,
          name: appointment.name,
          organisation: appointment.organisation,
          email: appointment.email,
          phone: appointment.phone,
          topic: appointment.topic,
          inquiryId: appointment.inquiryId,
          manageTokenHash: fresh.hash,
          calendarTokenHash: fresh.calendarHash,
          rescheduledFromId: appointment.id,
          // A move keeps the state of the confirmation: a held call stays held until the same time.
          holdExpiresAt: appointment.holdExpiresAt,
          confirmedAt: appointment.confirmedAt,
        },
      });
      const inquiry = next.inquiryId
        ? await tx.inquiry.findUnique({ where: { id: next.inquiryId }, select: { reference: true } })
        : null;
      await notifyCallBooked(tx, {
        call: next,
        chain: await callChain(tx, next),
        manageToken: fresh.token,
        moved: true,
        meetingNote: settings.meetingNote,
        changeCutoffHours: settings.changeCutoffHours,
        inquiryId: next.inquiryId,
        inquiryReference: inquiry?.reference,
      });
      return next;
    });
    return {
      appointmentId: created.id,
      token: fresh.token,
      startsAt: created.startsAt,
      endsAt: created.endsAt,
      holdExpiresAt: created.holdExpiresAt,
    };
  } catch (error) {
    if (isOverlapViolation(error))
      throw new AppError("CONFLICT", SLOT_TAKEN_MESSAGE, { field: "startsAt", cause: error });
    throw error;
  }
}

const outcomeNotes: Record<CallOutcome, string> = {
  COMPLETED: "hat stattgefunden",
  NO_SHOW: "hat nicht stattgefunden: die Person ist nicht erschienen",
};

/**
 * The consultant records how a past call went. The status changes only from BOOKED, so two clicks
 * (or two admins) record it once; a call that belongs to an inquiry adds an event to its timeline.
 */
export async function recordCallOutcome(
  db: Database,
  actor: Actor,
  input: { appointmentId: string; outcome: CallOutcome },
  now = new Date(),
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const appointment = await tx.appointment.findUnique({ where: { id: input.appointmentId } });
    if (!appointment) throw new AppError("NOT_FOUND", "Dieses Erstgespräch gibt es nicht mehr.");
    const verdict = canRecordCallOutcome(appointment, now);
    if (!verdict.ok) {
      throw verdict.reason === "NOT_STARTED"
        ? new AppError(
            "CONFLICT",
            "Das Gespräch hat noch nicht begonnen. Sie können es absagen, aber noch nicht abschliessen.",
          )
        : new AppError(
            "CONFLICT",
            "Für dieses Erstgespräch ist schon erfasst, wie es ausging, oder es wurde abgesagt.",
          );
    }
    const { count } = await tx.appointment.updateMany({
      where: { id: appointment.id, status: "BOOKED" },
      data: { status: input.outcome },
    });
    if (count === 0) {
      throw new AppError(
        "CONFLICT",
        "Für dieses Erstgespräch ist schon erfasst, wie es ausging, oder es wurde abgesagt.",
      );
    }
    if (appointment.inquiryId) {
      await tx.inquiryEvent.create({
        data: {
          inquiryId: appointment.inquiryId,
          // The timeline has no event type of its own for this; a note by the consultant reads the same.
          type: "NOTE",
          actorId: actorUserId(actor),
          body: `Erstgespräch vom ${formatDate(appointment.startsAt)}, ${formatTime(appointment.startsAt)} ${outcomeNotes[input.outcome]}.`,
          data: { appointmentId: appointment.id, outcome: input.outcome },
        },
      });
    }
    await recordAudit(tx, actor, {
      action: "call.outcome",
      entityType: "Appointment",
      entityId: appointment.id,
      data: { outcome: input.outcome },
    });
  });
}

/** The consultant's settings for calls: call length, buffers, notice and the meeting note. */
export async function saveConsultationSettings(db: Database, actor: Actor, input: ConsultationSettingsInput) {
  await inTransaction(db, async (tx) => {
    await tx.consultationSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    await recordAudit(tx, actor, {
      action: "consultation.settings",
      entityType: "ConsultationSettings",
      entityId: "1",
    });
  });
}

export async function addAvailabilityRule(db: Database, actor: Actor, input: AvailabilityRuleInput) {
  return inTransaction(db, async (tx) => {
    const rule = await tx.availabilityRule.create({
      data: { weekday: input.weekday, startMinute: minuteOfClock(input.start), endMinute: minuteOfClock(input.end) },
    });
    await recordAudit(tx, actor, {
      action: "availability.rule.add",
      entityType: "AvailabilityRule",
      entityId: rule.id,
    });
    return rule;
  });
}

export async function removeAvailabilityRule(db: Database, actor: Actor, input: { id: string }) {
  await inTransaction(db, async (tx) => {
    const { count } = await tx.availabilityRule.deleteMany({ where: { id: input.id } });
    if (count > 0) {
      await recordAudit(tx, actor, {
        action: "availability.rule.remove",
        entityType: "AvailabilityRule",
        entityId: input.id,
      });
    }
  });
}

export async function addAvailabilityException(db: Database, actor: Actor, input: AvailabilityExceptionInput) {
  return inTransaction(db, async (tx) => {
    const exception = await tx.availabilityException.create({
      data: {
        date: new Date(`${input.date}T00:00:00Z`),
        kind: input.kind,
        startMinute: input.wholeDay || !input.start ? null : minuteOfClock(input.start),
        endMinute: input.wholeDay || !input.end ? null : minuteOfClock(input.end),
        reason: input.reason,
      },
    });
    await recordAudit(tx, actor, {
      action: "availability.exception.add",
      entityType: "AvailabilityException",
      entityId: exception.id,
    });
    return exception;
  });
}

export async function removeAvailabilityException(db: Database, actor: Actor, input: { id: string }) {
  await inTransaction(db, async (tx) => {
    const { count } = await tx.availabilityException.deleteMany({ where: { id: input.id } });
    if (count > 0) {
      await recordAudit(tx, actor, {
        action: "availability.exception.remove",
        entityType: "AvailabilityException",
        entityId: input.id,
      });
    }
  });
}
