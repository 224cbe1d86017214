"use server";

import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { changeInquiryStatusSchema, inquiryNoteSchema, inquiryReplySchema } from "./admin-schemas";
import { inquiryStatusLabels } from "./rules";
import { addInquiryNote, changeInquiryStatus, sendInquiryReply } from "./service";

const INQUIRIES_PATH = "/admin/anfragen";

export async function changeInquiryStatusAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(changeInquiryStatusSchema, input);
    const result = await changeInquiryStatus(getDb(), userActor(viewer), data);
    revalidatePath(INQUIRIES_PATH, "layout");
    return success(null, `Der Status ist jetzt «${inquiryStatusLabels[result.to]}».`);
  });
}

export async function addInquiryNoteAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(inquiryNoteSchema, input);
    await addInquiryNote(getDb(), userActor(viewer), data);
    revalidatePath(INQUIRIES_PATH, "layout");
    return success(null, "Die Notiz ist gespeichert.");
  });
}

export async function sendInquiryReplyAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(inquiryReplySchema, input);
    await sendInquiryReply(getDb(), userActor(viewer), data);
    revalidatePath(INQUIRIES_PATH, "layout");
    return success(null, "Die Antwort ist unterwegs; ihr Versandstatus steht im Verlauf.");
  });
}
