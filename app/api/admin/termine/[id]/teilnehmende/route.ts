// The participant list of one session as CSV for Excel (de-CH): admins only.
import { requireAdmin } from "@/lib/auth/guards";
import { participantsCsv } from "@/lib/booking/export";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const result = /^[0-9a-f-]{36}$/i.test(id) ? await participantsCsv(getDb(), id) : null;
  if (!result) return new Response("Diesen Termin gibt es nicht.", { status: 404 });
  return new Response(result.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
