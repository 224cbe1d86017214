// Writes e-mails to the outbox inside the caller's transaction, so a mail exists exactly when the
// change that caused it was committed. Delivery is a background job (lib/jobs/deliver-mail.ts).
import type { Tx } from "@/lib/db/client";
import { newRowId } from "@/lib/db/ids";
import { scheduleJob } from "@/lib/jobs/queue";

import { mailEnvelope } from "./envelope";
import { sealMailProps } from "./sealed-payload";
import type { MailTemplateName, MailTemplateProps } from "./templates";

export const DELIVER_MAIL_TASK = "deliver-mail";
/** With graphile-worker's exponential backoff, 12 attempts span about 11 hours. */
export const MAIL_MAX_ATTEMPTS = 12;

export type EnqueueMailInput<K extends MailTemplateName> = {
  template: K;
  props: MailTemplateProps<K>;
  to: string;
  replyTo?: string;
  /** The same key never produces a second mail, e.g. `inquiry:<id>:confirmation`. */
  idempotencyKey: string;
  inquiryId?: string;
  bookingId?: string;
  appointmentId?: string;
};

export async function enqueueMail<K extends MailTemplateName>(tx: Tx, input: EnqueueMailInput<K>) {
  const existing = await tx.outboxMessage.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (existing) return existing;
  const message = await tx.outboxMessage.create({
    data: {
      idempotencyKey: input.idempotencyKey,
      template: input.template,
      // Validated by the template's schema (a wrong prop fails the change, not the mail hours later)
      // and sealed: links, addresses and the visitor's words are not readable in the table or a backup.
      payload: sealMailProps(input.template, mailEnvelope(input.template, input.props)),
      recipient: input.to,
      replyTo: input.replyTo,
      inquiryId: input.inquiryId,
      bookingId: input.bookingId,
      appointmentId: input.appointmentId,
    },
  });
  await scheduleDelivery(tx, message.id);
  return message;
}

/** Queues (again) the delivery job of an outbox row; used on enqueue and when resending a failed mail. */
export async function scheduleDelivery(tx: Tx, outboxId: string): Promise<void> {
  await scheduleJob(
    tx,
    DELIVER_MAIL_TASK,
    { outboxId },
    { jobKey: `mail:${outboxId}`, maxAttempts: MAIL_MAX_ATTEMPTS },
  );
}

/**
 * enqueueMail for a mail that cannot be there yet, because its key names a row this transaction
 * created: the outbox row and its delivery job in one statement, one round trip instead of three.
 * For writes that hold a contended lock (a booking burst, decision 0038).
 */
export async function enqueueNewMail<K extends MailTemplateName>(tx: Tx, input: EnqueueMailInput<K>): Promise<string> {
  const id = newRowId();
  const payload = sealMailProps(input.template, mailEnvelope(input.template, input.props));
  await tx.$executeRaw`
    WITH message AS (
      INSERT INTO "OutboxMessage" ("id", "idempotencyKey", "template", "payload", "recipient", "replyTo",
                                   "inquiryId", "bookingId", "appointmentId", "updatedAt")
      VALUES (${id}::uuid, ${input.idempotencyKey}, ${input.template}, ${JSON.stringify(payload)}::jsonb, ${input.to},
              ${input.replyTo ?? null}, ${input.inquiryId ?? null}::uuid, ${input.bookingId ?? null}::uuid,
              ${input.appointmentId ?? null}::uuid, now())
      RETURNING "id"
    )
    SELECT graphile_worker.add_job(
      identifier => ${DELIVER_MAIL_TASK}::text,
      payload => json_build_object('outboxId', message."id"),
      max_attempts => ${MAIL_MAX_ATTEMPTS}::int,
      job_key => 'mail:' || message."id"
    ) FROM message`;
  return id;
}
