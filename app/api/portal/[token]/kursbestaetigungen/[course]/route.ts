// The certificates of one course of the engagement behind a portal link (all, or ?teilnehmer=N);
// the same link checks as the portal page.
import { getPortalCertificates } from "@/lib/certificates/queries";
import { certificatesResponse } from "@/lib/certificates/response";
import { getDb } from "@/lib/db";
import { PORTAL_LINK_INVALID_MESSAGE } from "@/lib/proposals/service";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string; course: string }> }) {
  const { token, course } = await params;
  const result = await getPortalCertificates(getDb(), token, course);
  if (result.state === "INVALID") return new Response(PORTAL_LINK_INVALID_MESSAGE, { status: 404 });
  if (!result.run) return new Response("Für diesen Kurs gibt es keine Kursbestätigungen.", { status: 404 });
  return certificatesResponse(result.run, request);
}
