// The invoice PDF as a mail attachment, rendered at send time from the issued (frozen) invoice:
// the outbox holds only its id, never the document (decision 0022).
import type { Database } from "@/lib/db/client";
import type { MailAttachment } from "@/lib/mail/transport";

export async function invoicePdfAttachments(db: Database | undefined, invoiceId: string): Promise<MailAttachment[]> {
  if (!db) return [];
  // pdfkit and the QR-bill load only when a mail carries an invoice.
  const { loadInvoiceDocument, invoicePdfFileName, renderInvoicePdf } = await import("./pdf");
  const document = await loadInvoiceDocument(db, invoiceId);
  if (!document) return [];
  return [
    {
      filename: invoicePdfFileName(document),
      content: await renderInvoicePdf(document),
      contentType: "application/pdf",
    },
  ];
}
