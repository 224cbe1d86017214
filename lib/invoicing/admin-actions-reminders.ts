"use server";

import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { reminderLevelLabels, type ReminderLevel } from "./rules";
import { sendReminderSchema } from "./schemas";
import { sendInvoiceReminder } from "./service";

/** The consultant sends the next payment reminder of an overdue invoice from the overdue list. */
export async function sendInvoiceReminderAction(input: unknown): Promise<ActionResult<{ level: ReminderLevel }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const parsed = parseInput(sendReminderSchema, input);
    const result = await sendInvoiceReminder(getDb(), userActor(viewer), parsed);
    revalidatePath("/admin/rechnungen/ueberfaellig");
    revalidatePath(`/admin/rechnungen/${parsed.invoiceId}`);
    return success(result, `${reminderLevelLabels[result.level]} versandt.`);
  });
}
