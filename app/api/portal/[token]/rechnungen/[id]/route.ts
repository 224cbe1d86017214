// An issued invoice of the engagement a client-portal link shows, as PDF; the same link checks as
// the portal page, and only invoices of the link's own inquiry.
import { getDb } from "@/lib/db";
import { invoicePdfResponse } from "@/lib/invoicing/pdf-response";
import { getPortalInvoiceDocument } from "@/lib/invoicing/queries";
import { getPortalView, PORTAL_LINK_INVALID_MESSAGE } from "@/lib/proposals/service";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string; id: string }> }) {
  const { token, id } = await params;
  const db = getDb();
  const view = await getPortalView(db, token);
  if (view.state !== "OK") return new Response(PORTAL_LINK_INVALID_MESSAGE, { status: 404 });
  const document = await getPortalInvoiceDocument(db, view.inquiryId, id);
  if (!document) return new Response("Diese Rechnung gibt es nicht.", { status: 404 });
  return invoicePdfResponse(document);
}
