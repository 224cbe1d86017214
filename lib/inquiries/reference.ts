// Hands out inquiry reference numbers inside the inquiry's own transaction.
import type { Tx } from "@/lib/db/client";

import { formatReference, referenceScope } from "./due";

/**
 * The next reference of the year, e.g. ANF-2026-0042. One atomic upsert increments the year's
 * counter; its row lock serialises concurrent submissions until they commit, and a rolled-back
 * submission rolls its number back, so the numbers stay unique and gap-free.
 */
export async function nextInquiryReference(tx: Tx, receivedAt: Date): Promise<string> {
  const scope = referenceScope(receivedAt);
  const rows = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "ReferenceSequence" ("scope", "lastValue") VALUES (${scope}, 1)
    ON CONFLICT ("scope") DO UPDATE SET "lastValue" = "ReferenceSequence"."lastValue" + 1
    RETURNING "lastValue"`;
  const value = rows[0]?.lastValue;
  if (typeof value !== "number") throw new Error(`No reference number for ${scope}`);
  return formatReference(scope, value);
}
