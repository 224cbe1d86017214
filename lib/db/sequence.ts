// Gap-free counters per scope (a year's inquiry references, invoice numbers), in the caller's transaction.
import type { Tx } from "./client";

/**
 * The next value of the scope's counter, from 1. One atomic upsert increments it; its row lock
 * serialises concurrent callers until they commit, and a rolled-back caller rolls its value
 * back, so the values stay unique and gap-free.
 */
export async function nextSequenceValue(tx: Tx, scope: string): Promise<number> {
  const rows = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "ReferenceSequence" ("scope", "lastValue") VALUES (${scope}, 1)
    ON CONFLICT ("scope") DO UPDATE SET "lastValue" = "ReferenceSequence"."lastValue" + 1
    RETURNING "lastValue"`;
  const value = rows[0]?.lastValue;
  if (typeof value !== "number") throw new Error(`No sequence value for ${scope}`);
  return value;
}
