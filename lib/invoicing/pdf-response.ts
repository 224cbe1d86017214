// The HTTP answer carrying an invoice PDF; private, never cached (it holds amounts and names).
import { invoicePdfFileName, renderInvoicePdf, type InvoiceDocument } from "./pdf";

export async function invoicePdfResponse(document: InvoiceDocument): Promise<Response> {
  const pdf = await renderInvoicePdf(document);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${invoicePdfFileName(document)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
