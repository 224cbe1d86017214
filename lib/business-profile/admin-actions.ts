"use server";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireOwner } from "@/lib/auth/guards";
import { revalidateProfile } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { businessProfileSchema } from "./schemas";
import { saveBusinessProfile } from "./service";

/** Owner only: these details stand in the imprint, on proposals and invoices, and under client mails. */
export async function saveBusinessProfileAction(input: unknown): Promise<ActionResult<null>> {
  const owner = await requireOwner();
  return runAction(async () => {
    await saveBusinessProfile(getDb(), userActor(owner), parseInput(businessProfileSchema, input));
    revalidateProfile();
    return success(null, "Einstellungen gespeichert; Kontakt, Impressum, Angebote und Rechnungen zeigen sie sofort.");
  });
}
