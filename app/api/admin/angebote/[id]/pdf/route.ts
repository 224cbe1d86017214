// A sent proposal version as PDF: admins only.
import { requireAdmin } from "@/lib/auth/guards";
import { getProposalForAdmin } from "@/lib/proposals/admin-queries";
import { proposalPdfResponse } from "@/lib/proposals/pdf-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const proposal = /^[0-9a-f-]{36}$/i.test(id) ? await getProposalForAdmin(id) : null;
  if (!proposal) return new Response("Diese Offerte gibt es nicht.", { status: 404 });
  return proposalPdfResponse(proposal.snapshot);
}
