// Outbox rows written before props were sealed (decision 0020) still hold them in clear: the
// nightly maintenance seals them, so an upgrade leaves no readable link or address behind.
import type { Database } from "@/lib/db/client";

import { isSealedPayload, sealMailProps } from "./sealed-payload";

const BATCH = 200;

export async function sealStoredPayloads(db: Database): Promise<number> {
  let sealed = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db.$queryRaw<{ id: string; template: string; payload: unknown }[]>`
      SELECT id::text AS id, template, payload FROM "OutboxMessage"
       WHERE id > ${after}::uuid AND NOT (payload ? 'sealed') ORDER BY id LIMIT ${BATCH}`;
    for (const row of rows) {
      if (isSealedPayload(row.payload)) continue;
      await db.outboxMessage.update({
        where: { id: row.id },
        data: { payload: sealMailProps(row.template, row.payload) },
      });
      sealed += 1;
    }
    if (rows.length < BATCH) return sealed;
    after = rows[rows.length - 1]!.id;
  }
}
