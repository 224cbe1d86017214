"use server";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { revalidateSessions } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { plural, pluralText } from "@/lib/format";

import {
  adminCancelBookingSchema,
  adminMoveBookingSchema,
  attendanceSchema,
  cancelSessionSchema,
  changeCapacitySchema,
  moveSessionSchema,
  removeParticipantSchema,
  renameParticipantSchema,
  sessionSchema,
} from "./schemas";
import {
  cancelBookingAsAdmin,
  cancelSession,
  changeSessionCapacity,
  createSession,
  moveBookingAsAdmin,
  moveSession,
  removeParticipantAsAdmin,
  renameParticipantAsAdmin,
  setAttendance,
} from "./service";

export async function createSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(sessionSchema, input);
    const session = await createSession(getDb(), userActor(viewer), data);
    revalidateSessions();
    return success({ id: session.id }, "Der Termin ist erfasst.");
  });
}

export async function moveSessionAction(input: unknown): Promise<ActionResult<{ notified: number }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(moveSessionSchema, input);
    const result = await moveSession(getDb(), userActor(viewer), data);
    revalidateSessions();
    return success(result, `Der Termin ist verschoben; ${result.notified} Buchungen wurden benachrichtigt.`);
  });
}

export async function cancelSessionAction(input: unknown): Promise<ActionResult<{ notified: number }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(cancelSessionSchema, input);
    const result = await cancelSession(getDb(), userActor(viewer), data);
    revalidateSessions();
    return success(result, `Der Termin ist abgesagt; ${result.notified} Buchungen wurden benachrichtigt.`);
  });
}

export async function changeSessionCapacityAction(input: unknown): Promise<ActionResult<{ promoted: number }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(changeCapacitySchema, input);
    const result = await changeSessionCapacity(getDb(), userActor(viewer), data);
    revalidateSessions();
    return success(
      result,
      result.promoted === 0
        ? `Die Kapazität ist auf ${pluralText(data.capacity, "Platz", "Plätze")} gesetzt.`
        : `Die Kapazität ist auf ${pluralText(data.capacity, "Platz", "Plätze")} gesetzt; ${plural(
            result.promoted,
            "eine Buchung von der Warteliste ist",
            `${result.promoted} Buchungen von der Warteliste sind`,
          )} bestätigt und benachrichtigt.`,
    );
  });
}

export async function setAttendanceAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    await setAttendance(getDb(), userActor(viewer), parseInput(attendanceSchema, input));
    return success(null);
  });
}

const promotedNote = (promoted: number) =>
  promoted === 0
    ? ""
    : ` ${plural(promoted, "Eine Buchung von der Warteliste ist", `${promoted} Buchungen von der Warteliste sind`)} nachgerückt.`;

export async function cancelBookingAsAdminAction(input: unknown): Promise<ActionResult<{ promoted: number }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(adminCancelBookingSchema, input);
    const result = await cancelBookingAsAdmin(getDb(), userActor(viewer), data);
    revalidateSessions();
    return success(
      result,
      `Die Buchung ist storniert; die Buchenden sind benachrichtigt.${promotedNote(result.promoted)}`,
    );
  });
}

export async function moveBookingAsAdminAction(input: unknown): Promise<ActionResult<{ promoted: number }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(adminMoveBookingSchema, input);
    const result = await moveBookingAsAdmin(getDb(), userActor(viewer), data);
    revalidateSessions();
    return success(
      result,
      `Die Buchung ist verschoben; alle Beteiligten sind benachrichtigt.${promotedNote(result.promoted)}`,
    );
  });
}

export async function removeParticipantAsAdminAction(input: unknown): Promise<ActionResult<{ promoted: number }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(removeParticipantSchema, input);
    const result = await removeParticipantAsAdmin(getDb(), userActor(viewer), data);
    revalidateSessions();
    return success(result, `Die Person ist abgemeldet.${promotedNote(result.promoted)}`);
  });
}

export async function renameParticipantAsAdminAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(renameParticipantSchema, input);
    await renameParticipantAsAdmin(getDb(), userActor(viewer), data);
    return success(null, "Der Name ist geändert.");
  });
}
