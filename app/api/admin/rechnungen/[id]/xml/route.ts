// An issued invoice or credit note as PEPPOL BIS Billing 3.0 UBL XML (e-invoice): admins only.
import { requireAdmin } from "@/lib/auth/guards";
import { getInvoiceXmlForAdmin } from "@/lib/invoicing/admin-queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const result = await getInvoiceXmlForAdmin(id);
  if (!result) return new Response("Diese Rechnung gibt es nicht oder sie ist noch ein Entwurf.", { status: 404 });
  return new Response(result.xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
