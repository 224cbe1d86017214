// The transfer check to the client contact, written to the outbox in the transaction that claims it.
import type { Tx } from "@/lib/db/client";
import type { Salutation } from "@/lib/generated/prisma/enums";
import { enqueueMail } from "@/lib/mail/outbox";

export async function notifyFollowUp(
  tx: Tx,
  input: {
    runId: string;
    inquiryId: string;
    to: string;
    salutation: Salutation;
    contactName: string;
    courseTitle: string;
    url: string;
  },
): Promise<void> {
  await enqueueMail(tx, {
    template: "follow-up-check",
    to: input.to,
    idempotencyKey: `run:${input.runId}:follow-up`,
    inquiryId: input.inquiryId,
    props: {
      salutation: input.salutation,
      contactName: input.contactName,
      courseTitle: input.courseTitle,
      url: input.url,
    },
  });
}
