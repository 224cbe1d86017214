"use server";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { revalidateSessions } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";

import { cancelSession, changeSessionCapacity, createSession, moveSession, setAttendance } from "./admin";
import {
  attendanceSchema,
  cancelSessionSchema,
  changeCapacitySchema,
  moveSessionSchema,
  sessionSchema,
} from "./schemas";

export async function createSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  await requireAdmin();
  return runAction(async () => {
    const data = parseInput(sessionSchema, input);
    const session = await createSession(getDb(), data);
    revalidateSessions();
    return success({ id: session.id }, "Der Termin ist erfasst.");
  });
}

export async function moveSessionAction(input: unknown): Promise<ActionResult<{ notified: number }>> {
  await requireAdmin();
  return runAction(async () => {
    const data = parseInput(moveSessionSchema, input);
    const result = await moveSession(getDb(), data);
    revalidateSessions();
    return success(result, `Der Termin ist verschoben; ${result.notified} Buchungen wurden benachrichtigt.`);
  });
}

export async function cancelSessionAction(input: unknown): Promise<ActionResult<{ notified: number }>> {
  await requireAdmin();
  return runAction(async () => {
    const data = parseInput(cancelSessionSchema, input);
    const result = await cancelSession(getDb(), data);
    revalidateSessions();
    return success(result, `Der Termin ist abgesagt; ${result.notified} Buchungen wurden benachrichtigt.`);
  });
}

export async function changeSessionCapacityAction(input: unknown): Promise<ActionResult<{ promoted: number }>> {
  await requireAdmin();
  return runAction(async () => {
    const data = parseInput(changeCapacitySchema, input);
    const result = await changeSessionCapacity(getDb(), data);
    revalidateSessions();
    return success(
      result,
      result.promoted === 0
        ? `Die Kapazität ist auf ${data.capacity} Plätze gesetzt.`
        : `Die Kapazität ist auf ${data.capacity} Plätze gesetzt; ${
            result.promoted === 1 ? "eine Buchung" : `${result.promoted} Buchungen`
          } von der Warteliste ${result.promoted === 1 ? "ist" : "sind"} bestätigt und benachrichtigt.`,
    );
  });
}

export async function setAttendanceAction(input: unknown): Promise<ActionResult<null>> {
  await requireAdmin();
  return runAction(async () => {
    const { participantId, attendance } = parseInput(attendanceSchema, input);
    await setAttendance(getDb(), participantId, attendance);
    return success(null);
  });
}
