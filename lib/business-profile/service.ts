import type { Actor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";

import type { BusinessProfileInput } from "./schemas";

export async function saveBusinessProfile(db: Database, _actor: Actor, input: BusinessProfileInput): Promise<void> {
  await inTransaction(db, (tx) =>
    tx.businessProfile.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input }),
  );
}
