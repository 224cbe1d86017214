"use server";

// Admin entry points of team registration (decision 0031): renew or revoke the engagement's link.
import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { registrationLinkSchema } from "./schemas";
import { renewRegistrationLink, revokeRegistrationLink } from "./service";

export async function renewRegistrationLinkAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const viewer = await requireAdmin();
    const data = parseInput(registrationLinkSchema, input);
    await renewRegistrationLink(getDb(), userActor(viewer), data);
    revalidatePath("/admin/anfragen", "layout");
    return success(null, "Der neue Anmeldelink gilt ab sofort; der bisherige öffnet nichts mehr.");
  });
}

export async function revokeRegistrationLinkAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const viewer = await requireAdmin();
    const data = parseInput(registrationLinkSchema, input);
    await revokeRegistrationLink(getDb(), userActor(viewer), data);
    revalidatePath("/admin/anfragen", "layout");
    return success(null, "Der Anmeldelink ist gesperrt. Über ihn kann sich niemand mehr anmelden.");
  });
}
