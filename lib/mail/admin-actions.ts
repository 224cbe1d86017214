"use server";

import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";

import { resendMailSchema } from "./admin-schemas";
import { resendFailedMail } from "./admin-service";

export async function resendMailAction(input: unknown): Promise<ActionResult<null>> {
  await requireAdmin();
  return runAction(async () => {
    await resendFailedMail(getDb(), parseInput(resendMailSchema, input).id);
    revalidatePath("/admin/e-mails");
    return success(null, "Die E-Mail wird erneut gesendet.");
  });
}
