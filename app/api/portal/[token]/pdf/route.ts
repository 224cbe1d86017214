// The PDF of the proposal a client-portal link shows; the same checks as the portal page.
import { getDb } from "@/lib/db";
import { proposalPdfResponse } from "@/lib/proposals/pdf-response";
import { getPortalView, PORTAL_LINK_INVALID_MESSAGE } from "@/lib/proposals/portal";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await getPortalView(getDb(), token);
  if (view.state !== "OK") return new Response(PORTAL_LINK_INVALID_MESSAGE, { status: 404 });
  return proposalPdfResponse(view.proposal.snapshot);
}
