"use server";

import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { resendMailSchema } from "./admin-schemas";
import { resendFailedMail } from "./service";

export async function resendMailAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    await resendFailedMail(getDb(), userActor(viewer), parseInput(resendMailSchema, input));
    revalidatePath("/admin/e-mails");
    return success(null, "Die E-Mail wird erneut gesendet.");
  });
}
