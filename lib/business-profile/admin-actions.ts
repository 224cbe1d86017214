"use server";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireOwner } from "@/lib/auth/guards";
import { revalidateProfile } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { businessProfileSchema } from "./schemas";
import { saveBusinessProfile } from "./service";

/** Owner only: these details stand in the imprint and the privacy statement. */
export async function saveBusinessProfileAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireOwner();
  return runAction(async () => {
    await saveBusinessProfile(getDb(), userActor(viewer), parseInput(businessProfileSchema, input));
    revalidateProfile();
    return success(null, "Geschäftsangaben gespeichert; Kontakt, Impressum und Datenschutz zeigen sie sofort.");
  });
}
