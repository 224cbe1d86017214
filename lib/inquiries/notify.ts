// The two e-mails of a new inquiry, written to the outbox in the inquiry's own transaction.
import type { InquiryMailSummary } from "@/emails/inquiry-summary";
import type { Tx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { absoluteUrl, links } from "@/lib/links";
import { enqueueNewMails, newOutboxRow } from "@/lib/mail/outbox";

export type InquiryForMail = InquiryMailSummary & {
  id: string;
  /** The token that ties a call to this inquiry (never the reference, which is guessable). */
  callToken: string;
};

/**
 * Enqueues the confirmation to the requester and the notification to the consultant in one
 * statement (the inquiry is new, so neither mail can exist yet); returns both rows' ids.
 */
export async function notifyInquiryReceived(tx: Tx, inquiry: InquiryForMail) {
  const { id, callToken, ...summary } = inquiry;
  const consultant = getEnv().CONSULTANT_EMAIL;
  const [confirmation = "", notification = ""] = await enqueueNewMails(tx, [
    newOutboxRow({
      template: "inquiry-confirmation",
      // Nothing the visitor typed: the address is unconfirmed (emails/inquiry-confirmation.tsx).
      props: {
        reference: summary.reference,
        responseDueAt: summary.responseDueAt,
        bookCallUrl: links.bookCallForInquiry(callToken),
      },
      to: summary.email,
      replyTo: consultant,
      idempotencyKey: `inquiry:${id}:confirmation`,
      inquiryId: id,
    }),
    newOutboxRow({
      template: "inquiry-notification",
      props: { ...summary, adminUrl: absoluteUrl(`/admin/anfragen/${encodeURIComponent(summary.reference)}`) },
      to: consultant,
      replyTo: summary.email,
      idempotencyKey: `inquiry:${id}:notification`,
      inquiryId: id,
    }),
  ]);
  return { confirmation: { id: confirmation }, notification: { id: notification } };
}
