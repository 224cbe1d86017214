// The certificate a mail carries, rendered at send time from the run and participant its props
// name: the outbox never holds the document (decision 0022).
import type { Database } from "@/lib/db/client";
import type { MailAttachment } from "@/lib/mail/transport";

import { getRunCertificates, runRefOfKey } from "./queries";
import { certificateFileName } from "./rules";

export async function certificateAttachments(
  db: Database | undefined,
  runKey: string,
  participantKey: string,
): Promise<MailAttachment[]> {
  if (!db) return [];
  const ref = runRefOfKey(runKey);
  const run = ref ? await getRunCertificates(db, ref) : null;
  const participant = run?.participants.find((entry) => entry.key === participantKey);
  // Erased or marked absent since: the mail goes without a certificate rather than with a wrong one.
  if (!run || !participant) return [];
  const { renderCertificatesPdf } = await import("./pdf");
  return [
    {
      filename: certificateFileName(participant.name),
      content: await renderCertificatesPdf(run, [participant]),
      contentType: "application/pdf",
    },
  ];
}
