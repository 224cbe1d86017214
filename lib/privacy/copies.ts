import "server-only";

// Copies of a person outside the rows that name them: stored mail props (a digest lists the
// inquiry, a mail to the consultant names the booker) and graphile-worker's jobs (a failed job's
// error may quote the address). Both are free text, so they are read and matched in code with
// mentionsAny (whole tokens only), not with LIKE, which would also hit other people's data.
import type { Tx } from "@/lib/db/client";
import { openMailPayload } from "@/lib/mail/sealed-payload";

import { mentionsAny } from "./rules";

const BATCH = 500;

/** The stored text of a mail row: its props, subject and last error. */
type MailRow = { id: string; template: string; payload: unknown; subject: string | null; lastError: string | null };

function mailText(row: MailRow): string {
  let props: unknown;
  try {
    props = openMailPayload(row.template, row.payload);
  } catch {
    // Sealed under a key no longer configured: nobody can read it, nor can this scan.
    props = null;
  }
  return `${JSON.stringify(props)}\n${row.subject ?? ""}\n${row.lastError ?? ""}`;
}

/** Deletes every outbox row whose stored props, subject or error mention one of `needles`. */
export async function deleteMailsMentioning(tx: Tx, needles: readonly string[]): Promise<number> {
  if (needles.length === 0) return 0;
  const hits: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const rows: MailRow[] = await tx.outboxMessage.findMany({
      select: { id: true, template: true, payload: true, subject: true, lastError: true },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const row of rows) if (mentionsAny(mailText(row), needles)) hits.push(row.id);
    if (rows.length < BATCH) break;
    cursor = rows[rows.length - 1]!.id;
  }
  if (hits.length > 0) await tx.outboxMessage.deleteMany({ where: { id: { in: hits } } });
  return hits.length;
}

/**
 * Deletes graphile-worker jobs that mention one of `needles` in their payload or last error, and
 * delivery jobs whose outbox row is gone. Failed jobs stay in the queue table for good otherwise.
 */
export async function deleteJobsMentioning(tx: Tx, needles: readonly string[]): Promise<number> {
  const jobs =
    needles.length === 0
      ? []
      : await tx.$queryRaw<{ id: string; payload: string; last_error: string | null }[]>`
    SELECT id::text AS id, payload::text AS payload, last_error FROM graphile_worker._private_jobs`;
  const hits = jobs
    .filter((job) => mentionsAny(`${job.payload}\n${job.last_error ?? ""}`, needles))
    .map((job) => job.id);
  const mentioned =
    hits.length > 0
      ? await tx.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE id = ANY(${hits}::bigint[])`
      : 0;
  const orphaned = await tx.$executeRaw`
    DELETE FROM graphile_worker._private_jobs j
     WHERE j.payload ->> 'outboxId' IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM "OutboxMessage" o WHERE o.id::text = j.payload ->> 'outboxId')`;
  return mentioned + orphaned;
}
