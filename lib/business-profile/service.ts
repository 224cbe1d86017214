import type { Actor } from "@/lib/db/actor";
import { recordAudit } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";

import { readBusinessProfile } from "./queries";
import { incompleteProfileMessage, missingForInvoicing } from "./rules";
import { percentToBasisPoints, type BusinessProfile, type BusinessProfileInput } from "./schemas";

export async function saveBusinessProfile(db: Database, actor: Actor, input: BusinessProfileInput): Promise<void> {
  const vatRates = input.vatRates
    .map((rate) => ({ basisPoints: percentToBasisPoints(rate.percent), validFrom: rate.validFrom }))
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  // Saving by hand replaces the demo placeholders: from now on the details are the owner's.
  const data = { ...input, vatRates, isDemo: false };
  await inTransaction(db, async (tx) => {
    await tx.businessProfile.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    await recordAudit(tx, actor, { action: "business-profile.saved", entityType: "BusinessProfile", entityId: "1" });
  });
}

/**
 * Refuses a document for a client while the profile lacks what it must carry (address, IBAN,
 * VAT details), with the German list of what is missing; the caller's transaction reads it.
 */
export async function assertProfileCompleteForInvoicing(db: Database | Tx): Promise<BusinessProfile> {
  const profile = await readBusinessProfile(db);
  const missing = missingForInvoicing(profile);
  if (missing.length > 0) throw new AppError("VALIDATION", incompleteProfileMessage(missing));
  return profile;
}
