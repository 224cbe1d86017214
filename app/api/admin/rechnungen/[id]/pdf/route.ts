// An issued invoice or credit note as PDF, with its QR-bill: admins only.
import { requireAdmin } from "@/lib/auth/guards";
import { getInvoicePdfForAdmin } from "@/lib/invoicing/admin-queries";
import { invoicePdfResponse } from "@/lib/invoicing/pdf-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const document = await getInvoicePdfForAdmin(id);
  if (!document) return new Response("Diese Rechnung gibt es nicht oder sie ist noch ein Entwurf.", { status: 404 });
  return invoicePdfResponse(document);
}
