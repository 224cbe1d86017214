"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";

import {
  addAvailabilityException,
  addAvailabilityRule,
  removeAvailabilityException,
  removeAvailabilityRule,
  saveConsultationSettings,
} from "./admin";
import { availabilityExceptionSchema, availabilityRuleSchema, consultationSettingsSchema } from "./schemas";
import { cancelCall } from "./service";

const idSchema = z.object({ id: z.uuid() });
const SETTINGS_PATH = "/admin/erstgespraeche/einstellungen";

export async function saveConsultationSettingsAction(input: unknown): Promise<ActionResult<null>> {
  await requireAdmin();
  return runAction(async () => {
    await saveConsultationSettings(getDb(), parseInput(consultationSettingsSchema, input));
    revalidatePath(SETTINGS_PATH);
    return success(null, "Die Einstellungen sind gespeichert.");
  });
}

export async function addAvailabilityRuleAction(input: unknown): Promise<ActionResult<null>> {
  await requireAdmin();
  return runAction(async () => {
    await addAvailabilityRule(getDb(), parseInput(availabilityRuleSchema, input));
    revalidatePath(SETTINGS_PATH);
    return success(null, "Die Zeit ist hinzugefügt.");
  });
}

export async function removeAvailabilityRuleAction(input: unknown): Promise<ActionResult<null>> {
  await requireAdmin();
  return runAction(async () => {
    await removeAvailabilityRule(getDb(), parseInput(idSchema, input).id);
    revalidatePath(SETTINGS_PATH);
    return success(null);
  });
}

export async function addAvailabilityExceptionAction(input: unknown): Promise<ActionResult<null>> {
  await requireAdmin();
  return runAction(async () => {
    await addAvailabilityException(getDb(), parseInput(availabilityExceptionSchema, input));
    revalidatePath(SETTINGS_PATH);
    return success(null, "Die Ausnahme ist erfasst.");
  });
}

export async function removeAvailabilityExceptionAction(input: unknown): Promise<ActionResult<null>> {
  await requireAdmin();
  return runAction(async () => {
    await removeAvailabilityException(getDb(), parseInput(idSchema, input).id);
    revalidatePath(SETTINGS_PATH);
    return success(null);
  });
}

/** The consultant cancels a call; the caller is told and can pick a new time. */
export async function cancelCallAsAdminAction(input: unknown): Promise<ActionResult<null>> {
  await requireAdmin();
  return runAction(async () => {
    await cancelCall(getDb(), parseInput(idSchema, input).id, true);
    revalidatePath("/admin/erstgespraeche");
    return success(null, "Das Erstgespräch ist abgesagt.");
  });
}
