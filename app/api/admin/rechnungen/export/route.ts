// Invoices or payments of a year, quarter or month as CSV for the bookkeeping: admins only
// (decision 0030). ?art=rechnungen|zahlungen&jahr=2026[&zeitraum=Q1|01..12]
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { exportPeriod, invoicesCsv, paymentsCsv } from "@/lib/invoicing/export";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  await requireAdmin();
  const params = new URL(request.url).searchParams;
  const kind = params.get("art");
  const period = exportPeriod(params.get("jahr"), params.get("zeitraum") || null);
  if ((kind !== "rechnungen" && kind !== "zahlungen") || !period) {
    return new Response("Bitte wählen Sie, was exportiert wird (Rechnungen oder Zahlungen), und ein Jahr.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const result = kind === "rechnungen" ? await invoicesCsv(getDb(), period) : await paymentsCsv(getDb(), period);
  return new Response(result.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
