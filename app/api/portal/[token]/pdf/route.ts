// The PDF of a proposal a client-portal link shows (the newest, or ?version=N of the same
// inquiry); the same checks as the portal page.
import { getDb } from "@/lib/db";
import { getPortalProposalVersion } from "@/lib/proposals/engagement";
import { proposalPdfResponse } from "@/lib/proposals/pdf-response";
import { getPortalView, PORTAL_LINK_INVALID_MESSAGE } from "@/lib/proposals/service";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = getDb();
  const view = await getPortalView(db, token);
  if (view.state !== "OK") return new Response(PORTAL_LINK_INVALID_MESSAGE, { status: 404 });
  const asked = new URL(request.url).searchParams.get("version");
  if (asked === null) return proposalPdfResponse(view.proposal.snapshot);
  const version = /^\d{1,4}$/.test(asked) ? Number(asked) : NaN;
  const snapshot = Number.isNaN(version) ? null : await getPortalProposalVersion(db, view.inquiryId, version);
  if (!snapshot) return new Response("Diese Fassung der Offerte gibt es nicht.", { status: 404 });
  return proposalPdfResponse(snapshot);
}
