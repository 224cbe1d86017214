// The thank-you mail after a feedback, written to the outbox in the answer's transaction. It goes
// to the invitation's address even for an anonymous answer: the address is not stored with it.
import type { Tx } from "@/lib/db/client";
import { enqueueMail } from "@/lib/mail/outbox";

export async function notifyFeedbackThanks(
  tx: Tx,
  input: { to: string; name: string; withdrawUrl?: string; responseId: string; inquiryId: string | null },
): Promise<void> {
  await enqueueMail(tx, {
    template: "feedback-thanks",
    to: input.to,
    idempotencyKey: `feedback:${input.responseId}:thanks`,
    props: { name: input.name, withdrawUrl: input.withdrawUrl },
  });
}
