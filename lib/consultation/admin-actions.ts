"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { availabilityExceptionSchema, availabilityRuleSchema, consultationSettingsSchema } from "./schemas";
import {
  addAvailabilityException,
  addAvailabilityRule,
  cancelCall,
  recordCallOutcome,
  removeAvailabilityException,
  removeAvailabilityRule,
  saveConsultationSettings,
} from "./service";

const idSchema = z.object({ id: z.uuid() });
const outcomeSchema = idSchema.extend({ outcome: z.enum(["COMPLETED", "NO_SHOW"]) });
const SETTINGS_PATH = "/admin/erstgespraeche/einstellungen";

export async function saveConsultationSettingsAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    await saveConsultationSettings(getDb(), userActor(viewer), parseInput(consultationSettingsSchema, input));
    revalidatePath(SETTINGS_PATH);
    return success(null, "Die Einstellungen sind gespeichert.");
  });
}

export async function addAvailabilityRuleAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    await addAvailabilityRule(getDb(), userActor(viewer), parseInput(availabilityRuleSchema, input));
    revalidatePath(SETTINGS_PATH);
    return success(null, "Die Zeit ist hinzugefügt.");
  });
}

export async function removeAvailabilityRuleAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    await removeAvailabilityRule(getDb(), userActor(viewer), parseInput(idSchema, input));
    revalidatePath(SETTINGS_PATH);
    return success(null);
  });
}

export async function addAvailabilityExceptionAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    await addAvailabilityException(getDb(), userActor(viewer), parseInput(availabilityExceptionSchema, input));
    revalidatePath(SETTINGS_PATH);
    return success(null, "Die Ausnahme ist erfasst.");
  });
}

export async function removeAvailabilityExceptionAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    await removeAvailabilityException(getDb(), userActor(viewer), parseInput(idSchema, input));
    revalidatePath(SETTINGS_PATH);
    return success(null);
  });
}

/** The consultant cancels a call; the caller is told and can pick a new time. */
export async function cancelCallAsAdminAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    await cancelCall(getDb(), userActor(viewer), { appointmentId: parseInput(idSchema, input).id });
    revalidatePath("/admin/erstgespraeche");
    return success(null, "Das Erstgespräch ist abgesagt.");
  });
}

/** The consultant records that a past call was held or that the person did not come. */
export async function recordCallOutcomeAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const { id, outcome } = parseInput(outcomeSchema, input);
    await recordCallOutcome(getDb(), userActor(viewer), { appointmentId: id, outcome });
    revalidatePath("/admin/erstgespraeche");
    revalidatePath("/admin/anfragen", "layout");
    return success(null, outcome === "COMPLETED" ? "Als gehalten erfasst." : "Als nicht erschienen erfasst.");
  });
}
