// The proposal PDF as a mail attachment, rendered at send time from the frozen version the mail
// names: the outbox holds only the proposal's id, never the document (decision 0022).
import type { Database } from "@/lib/db/client";
import type { MailAttachment } from "@/lib/mail/transport";

import { parseProposalSnapshot } from "./snapshot";

export async function proposalPdfAttachments(
  db: Database | undefined,
  proposalId: string | undefined,
): Promise<MailAttachment[]> {
  // Mails queued before proposals carried their PDF name no proposal; a text-only render has no db.
  if (!db || !proposalId) return [];
  const proposal = await db.proposal.findUnique({ where: { id: proposalId }, select: { snapshot: true } });
  // Erased with the client's data: the mail goes without the document rather than never.
  if (!proposal) return [];
  const snapshot = parseProposalSnapshot(proposal.snapshot, `Proposal ${proposalId}`);
  // pdfkit loads only when a mail carries a PDF, not in every action that writes to the outbox.
  const { proposalPdfFileName, renderProposalPdf } = await import("./pdf");
  return [
    {
      filename: proposalPdfFileName(snapshot),
      content: await renderProposalPdf(snapshot),
      contentType: "application/pdf",
    },
  ];
}
