// The certificates of the course a session belongs to (all, or ?teilnehmer=N): admins only.
import { requireAdmin } from "@/lib/auth/guards";
import { getCertificatesForAdmin } from "@/lib/certificates/admin-queries";
import { certificatesResponse } from "@/lib/certificates/response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const run = await getCertificatesForAdmin(id);
  if (!run) return new Response("Diesen Termin gibt es nicht.", { status: 404 });
  return certificatesResponse(run, request);
}
