// Hands out inquiry reference numbers inside the inquiry's own transaction.
import type { Tx } from "@/lib/db/client";
import { nextSequenceValue } from "@/lib/db/sequence";

import { formatReference, referenceScope } from "./due";

/** The next reference of the year, e.g. ANF-2026-0042: unique and gap-free (lib/db/sequence.ts). */
export async function nextInquiryReference(tx: Tx, receivedAt: Date): Promise<string> {
  const scope = referenceScope(receivedAt);
  return formatReference(scope, await nextSequenceValue(tx, scope));
}
