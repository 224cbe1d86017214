"use server";

import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { revalidateTestimonials } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { promoteQuoteSchema } from "./schemas";
import { promoteQuote } from "./service";

/** One step: the consented quote becomes a published testimonial, and the public pages show it at once. */
export async function promoteQuoteAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const viewer = await requireAdmin();
    const { responseId } = parseInput(promoteQuoteSchema, input);
    await promoteQuote(getDb(), userActor(viewer), responseId);
    revalidateTestimonials();
    revalidatePath("/admin/rueckmeldungen", "layout");
    return success(null, "Das Zitat ist jetzt auf der Website veröffentlicht.");
  });
}
