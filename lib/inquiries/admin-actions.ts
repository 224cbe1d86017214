"use server";

import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { notifyEngagementStatus } from "@/lib/proposals/engagement-notify";

import { changeInquiryStatusSchema, inquiryNoteSchema, inquiryReplySchema } from "./admin-schemas";
import { addInquiryNote, applyStatusChange, sendInquiryReply } from "./admin-service";
import { inquiryStatusLabels } from "./rules";

const INQUIRIES_PATH = "/admin/anfragen";

export async function changeInquiryStatusAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(changeInquiryStatusSchema, input);
    const result = await getDb().$transaction(async (tx) => {
      const change = await applyStatusChange(tx, {
        inquiryId: data.inquiryId,
        to: data.to,
        actorId: viewer.id,
        note: data.note,
      });
      // Dates set or course held: the client contact hears of it (decision 0023).
      await notifyEngagementStatus(tx, { inquiryId: data.inquiryId, status: change.to });
      return change;
    });
    revalidatePath(INQUIRIES_PATH, "layout");
    return success(null, `Der Status ist jetzt «${inquiryStatusLabels[result.to]}».`);
  });
}

export async function addInquiryNoteAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(inquiryNoteSchema, input);
    await getDb().$transaction((tx) => addInquiryNote(tx, { ...data, actorId: viewer.id }));
    revalidatePath(INQUIRIES_PATH, "layout");
    return success(null, "Die Notiz ist gespeichert.");
  });
}

export async function sendInquiryReplyAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(inquiryReplySchema, input);
    await getDb().$transaction((tx) => sendInquiryReply(tx, { ...data, actorId: viewer.id }));
    revalidatePath(INQUIRIES_PATH, "layout");
    return success(null, "Die Antwort ist unterwegs; ihr Versandstatus steht im Verlauf.");
  });
}
