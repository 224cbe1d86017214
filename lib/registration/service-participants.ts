// The participant list as the client contact and the consultant change it (decision 0036): a list
// pasted in the portal, a CSV import and single changes in the admin area. Every new person goes
// through registerTeamMembers (one transaction for the whole list: nothing half imported), every
// removal through cancelTeamRegistration; moving someone to the waiting list and seating someone
// from it lock the engagement like every other registration change.
import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { getPortalView, PORTAL_STATE_MESSAGES } from "@/lib/proposals/queries";

import { IMPORT_DELIMITERS, parseParticipantList, PORTAL_DELIMITERS } from "./parse-participants";
import { canRemoveInPortal, importRefusal, PORTAL_REMOVAL_CLOSED_MESSAGE } from "./participant-rules";
import type { AdminImportInput, AdminRegistrationInput, PortalRemoveParticipantInput } from "./participant-schemas";
import { firstCourseDay, importPreviewFor } from "./participants-queries";
import {
  cancelTeamRegistration,
  lockEngagement,
  registerTeamMembers,
  type EngagementSeats,
  seatWaitingRegistration,
  type RegistrationOutcome,
} from "./service-register";

async function portalInquiry(db: Database, token: string, now: Date): Promise<string> {
  const view = await getPortalView(db, token, now);
  if (view.state !== "OK") {
    throw new AppError(view.state === "EXPIRED" ? "EXPIRED" : "NOT_FOUND", PORTAL_STATE_MESSAGES[view.state]);
  }
  return view.inquiryId;
}

/**
 * The client contact's pasted list: every line must be right, or nothing is registered and each
 * bad line is named at the field (the page previews the same errors before sending).
 */
export async function addParticipantsInPortal(
  db: Database,
  actor: Actor,
  input: { token: string; list: string },
  now = new Date(),
): Promise<RegistrationOutcome[]> {
  const inquiryId = await portalInquiry(db, input.token, now);
  const list = parseParticipantList(input.list, { delimiters: PORTAL_DELIMITERS });
  if (list.listError) throw new AppError("VALIDATION", list.listError, { field: "list" });
  if (list.errors.length > 0) {
    throw new AppError("VALIDATION", list.errors.map((error) => error.message).join(" "), { field: "list" });
  }
  return registerTeamMembers(db, actor, { inquiryId, people: list.people, source: "PORTAL" }, now);
}

/** The client contact removes one person of the engagement, until the cut-off before the first day. */
export async function removeParticipantInPortal(
  db: Database,
  actor: Actor,
  input: PortalRemoveParticipantInput,
  now = new Date(),
): Promise<{ cancelled: boolean }> {
  const inquiryId = await portalInquiry(db, input.token, now);
  const registration = await db.teamRegistration.findFirst({
    where: { id: input.registrationId, inquiryId },
    select: { id: true },
  });
  if (!registration) throw new AppError("NOT_FOUND", "Diese Anmeldung gibt es nicht.");
  const firstDay = await firstCourseDay(db, inquiryId);
  if (!canRemoveInPortal(firstDay?.startsAt ?? null, now))
    throw new AppError("CONFLICT", PORTAL_REMOVAL_CLOSED_MESSAGE);
  const { cancelled } = await cancelTeamRegistration(db, actor, { registrationId: registration.id }, now);
  return { cancelled };
}

export type ImportResult = { outcomes: RegistrationOutcome[]; skippedLines: number[] };

/**
 * The consultant's CSV import. The file is parsed again here (the preview in the browser is only a
 * preview): a file with a bad line imports nothing unless the consultant chose to skip the bad
 * lines; the good lines are then registered in one transaction, all of them or none.
 */
export async function importParticipants(
  db: Database,
  actor: Actor,
  input: AdminImportInput,
  now = new Date(),
): Promise<ImportResult> {
  const preview = await importPreviewFor(db, input.inquiryId, input.text, IMPORT_DELIMITERS);
  const refusal = importRefusal(input.skipInvalid ? { ...preview, counts: { ...preview.counts, ERROR: 0 } } : preview);
  if (refusal) throw new AppError("VALIDATION", refusal, { field: "text" });
  const outcomes = await registerTeamMembers(
    db,
    actor,
    { inquiryId: input.inquiryId, people: preview.people, source: "ADMIN" },
    now,
  );
  return {
    outcomes,
    skippedLines: preview.lines.filter((line) => line.kind === "ERROR").map((line) => line.line),
  };
}

/** Runs `change` with the registration's engagement locked (lockEngagement), in one transaction. */
async function withLockedEngagement<T>(
  db: Database,
  registrationId: string,
  change: (tx: Tx, seats: EngagementSeats, inquiryId: string) => Promise<T>,
): Promise<T> {
  const found = await db.teamRegistration.findUnique({ where: { id: registrationId }, select: { inquiryId: true } });
  if (!found) throw new AppError("NOT_FOUND", "Diese Anmeldung gibt es nicht.");
  return inTransaction(db, async (tx) => change(tx, await lockEngagement(tx, found.inquiryId), found.inquiryId));
}

/**
 * The consultant moves a seated person to the end of the waiting list: their seat on every day is
 * freed. Nobody moves up by itself: the consultant chooses whom to seat (usually the next step).
 */
export async function moveRegistrationToWaitlist(
  db: Database,
  actor: Actor,
  input: AdminRegistrationInput,
  now = new Date(),
): Promise<void> {
  await withLockedEngagement(db, input.registrationId, async (tx, _seats, inquiryId) => {
    const registration = await tx.teamRegistration.findUniqueOrThrow({
      where: { id: input.registrationId },
      include: { bookings: { where: { status: { not: "CANCELLED" } }, select: { id: true, sessionId: true } } },
    });
    if (registration.status !== "REGISTERED") {
      throw new AppError("CONFLICT", "Diese Person hat keinen Platz, den sie abgeben könnte.");
    }
    const last = await tx.teamRegistration.aggregate({
      where: { inquiryId, status: "WAITLISTED" },
      _max: { waitlistPosition: true },
    });
    await tx.booking.updateMany({
      where: { id: { in: registration.bookings.map((booking) => booking.id) } },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    for (const booking of registration.bookings) {
      await tx.courseSession.update({ where: { id: booking.sessionId }, data: { seatsTaken: { decrement: 1 } } });
    }
    await tx.teamRegistration.update({
      where: { id: registration.id },
      data: { status: "WAITLISTED", waitlistPosition: (last._max.waitlistPosition ?? 0) + 1 },
    });
    await recordAudit(tx, actor, {
      action: "registration.waitlist",
      entityType: "TeamRegistration",
      entityId: registration.id,
      data: { inquiryId },
    });
  });
}

export const NO_ROOM_MESSAGE =
  "An mindestens einem Kurstag ist kein Platz mehr frei. Erhöhen Sie zuerst die Kapazität des Termins.";

/**
 * The consultant seats a person from the waiting list, out of turn and beyond the proposal's group
 * size if he decides so, but never beyond a day's room (the session capacity). They get the
 * confirmation with the calendar entries.
 */
export async function seatRegistration(
  db: Database,
  actor: Actor,
  input: AdminRegistrationInput,
  now = new Date(),
): Promise<void> {
  await withLockedEngagement(db, input.registrationId, async (tx, seats) => {
    const waiting = await tx.teamRegistration.findUniqueOrThrow({ where: { id: input.registrationId } });
    if (waiting.status !== "WAITLISTED") throw new AppError("CONFLICT", "Diese Person steht nicht auf der Warteliste.");
    if (seats.days.length === 0) throw new AppError("CONFLICT", "Für diesen Kurs gibt es keine Kurstage.");
    if (seats.days.some((day) => day.seatsTaken >= day.capacity)) throw new AppError("CONFLICT", NO_ROOM_MESSAGE);
    await seatWaitingRegistration(tx, actor, seats, waiting.id, now, "registration.seat");
  });
}
