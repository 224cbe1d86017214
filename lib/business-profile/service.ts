import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";

import type { BusinessProfileInput } from "./schemas";

export async function saveBusinessProfile(db: Database, actor: Actor, input: BusinessProfileInput): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.businessProfile.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    await recordAudit(tx, actor, { action: "business-profile.save", entityType: "BusinessProfile", entityId: "1" });
  });
}
