// Writes e-mails to the outbox inside the caller's transaction, so a mail exists exactly when the
// change that caused it was committed. Delivery is a background job (lib/jobs/deliver-mail.ts).
import type { Tx } from "@/lib/db/client";
import { newRowId } from "@/lib/db/ids";
import type { Locale } from "@/lib/i18n/messages";
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
  /** The recipient's language (decision 0034); every recipient reads de-CH until a second locale exists. */
  locale?: Locale;
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
      payload: sealMailProps(input.template, mailEnvelope(input.template, input.props, input.locale)),
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

/** An outbox row for enqueueNewMails: props validated by the template's schema and sealed. */
export type NewOutboxRow = ReturnType<typeof newOutboxRow>;

export function newOutboxRow<K extends MailTemplateName>(input: EnqueueMailInput<K>) {
  return {
    id: newRowId(),
    idempotencyKey: input.idempotencyKey,
    template: input.template,
    payload: sealMailProps(input.template, mailEnvelope(input.template, input.props, input.locale)),
    recipient: input.to,
    replyTo: input.replyTo ?? null,
    inquiryId: input.inquiryId ?? null,
    bookingId: input.bookingId ?? null,
    appointmentId: input.appointmentId ?? null,
  };
}

/**
 * enqueueMail for mails that cannot be there yet, because their keys name a row this transaction
 * created: the outbox rows and their delivery jobs in one statement, one round trip instead of
 * three per mail. For writes that hold a contended lock (a booking burst, an inquiry's reference
 * counter; decision 0038). Returns the rows' ids in the order given.
 */
export async function enqueueNewMails(tx: Tx, rows: NewOutboxRow[]): Promise<string[]> {
  await tx.$executeRaw`
    WITH message AS (
      INSERT INTO "OutboxMessage" ("id", "idempotencyKey", "template", "payload", "recipient", "replyTo",
                                   "inquiryId", "bookingId", "appointmentId", "updatedAt")
      SELECT m."id", m."idempotencyKey", m."template", m."payload", m."recipient", m."replyTo",
             m."inquiryId", m."bookingId", m."appointmentId", now()
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS m(
               "id" uuid, "idempotencyKey" text, "template" text, "payload" jsonb, "recipient" text, "replyTo" text,
               "inquiryId" uuid, "bookingId" uuid, "appointmentId" uuid)
      RETURNING "id"
    )
    SELECT graphile_worker.add_job(
      identifier => ${DELIVER_MAIL_TASK}::text,
      payload => json_build_object('outboxId', message."id"),
      max_attempts => ${MAIL_MAX_ATTEMPTS}::int,
      job_key => 'mail:' || message."id"
    ) FROM message`;
  return rows.map((row) => row.id);
}
