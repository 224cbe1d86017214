// Sends one outbox message. graphile-worker retries a thrown error with exponential backoff;
// the outbox row mirrors every attempt so the admin area can show status and last error.
import type { Database } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { getLogger } from "@/lib/log";
import { renderMail } from "@/lib/mail/render";
import type { MailTransport } from "@/lib/mail/transport";
import { InvalidStoredJsonError } from "@/lib/versioned-json";

export type DeliveryContext = { db: Database; transport: MailTransport; workerId: string };
export type DeliveryAttempt = { attempt: number; maxAttempts: number };

function messageIdFor(outboxId: string): string {
  // Stable per outbox row: if a retry resends a mail whose first delivery was not recorded,
  // receiving systems can recognise the duplicate.
  return `<${outboxId}@${new URL(getEnv().APP_URL).hostname}>`;
}

export async function deliverMail(outboxId: string, attempt: DeliveryAttempt, context: DeliveryContext): Promise<void> {
  const { db, transport, workerId } = context;
  const message = await db.outboxMessage.findUnique({ where: { id: outboxId } });
  if (!message || message.status === "SENT") return;

  await db.outboxMessage.update({
    where: { id: outboxId },
    data: { status: "SENDING", attempts: { increment: 1 }, lockedAt: new Date(), lockedBy: workerId },
  });

  try {
    const rendered = await renderMail(message.template, message.payload, { db });
    const result = await transport.send({
      from: getEnv().MAIL_FROM,
      to: message.recipient,
      replyTo: message.replyTo ?? undefined,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: rendered.attachments,
      messageId: messageIdFor(outboxId),
    });
    await db.outboxMessage.update({
      where: { id: outboxId },
      data: {
        status: "SENT",
        subject: rendered.subject,
        sentAt: new Date(),
        messageId: result.messageId,
        lastError: null,
        lockedAt: null,
        lockedBy: null,
        ...(rendered.sensitive ? { payload: { erased: "sent; the props held a credential" } } : {}),
      },
    });
  } catch (error) {
    // Props that fit no version of their template's schema stay wrong however often they are
    // retried: the mail fails now (the job ends), visible in the e-mail log, instead of hours later.
    const permanent = error instanceof InvalidStoredJsonError;
    const final = permanent || attempt.attempt >= attempt.maxAttempts;
    const retryInSeconds = Math.exp(Math.min(attempt.attempt, 10));
    await db.outboxMessage.update({
      where: { id: outboxId },
      data: {
        status: final ? "FAILED" : "RETRYING",
        lastError: describeError(error),
        nextAttemptAt: new Date(Date.now() + retryInSeconds * 1000),
        lockedAt: null,
        lockedBy: null,
      },
    });
    if (!permanent) throw error;
    // The reason is in the row's lastError (the e-mail log); the log names the row only.
    getLogger().error(
      { event: "mail-props-invalid", outboxId, template: message.template },
      "mail failed: its stored props fit no version of its template",
    );
  }
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 1000);
}
