// Sending a failed e-mail again, from the e-mail log.
import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";

import { scheduleDelivery } from "./outbox";

/**
 * Puts a failed mail back into the queue with a fresh set of attempts. Only failed mails: one
 * that is queued, retrying or sent would otherwise go out twice. The row lock makes two clicks
 * (or two admins) queue it once.
 */
export async function resendFailedMail(db: Database, actor: Actor, { id: outboxId }: { id: string }): Promise<void> {
  await inTransaction(db, async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>`
      SELECT "status"::text AS "status" FROM "OutboxMessage" WHERE "id" = ${outboxId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row) throw new AppError("NOT_FOUND", "Diese E-Mail gibt es nicht.");
    if (row.status !== "FAILED") {
      throw new AppError("CONFLICT", "Nur fehlgeschlagene E-Mails können erneut gesendet werden.");
    }
    await tx.outboxMessage.update({
      where: { id: outboxId },
      data: { status: "QUEUED", nextAttemptAt: new Date(), lockedAt: null, lockedBy: null },
    });
    await scheduleDelivery(tx, outboxId);
    await recordAudit(tx, actor, { action: "mail.resend", entityType: "OutboxMessage", entityId: outboxId });
  });
}
