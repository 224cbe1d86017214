// The HTTP answer carrying a proposal PDF; private, never cached (it holds prices and names).
import { proposalPdfFileName, renderProposalPdf } from "./pdf";
import type { ProposalSnapshot } from "./snapshot";

export async function proposalPdfResponse(snapshot: ProposalSnapshot): Promise<Response> {
  const pdf = await renderProposalPdf(snapshot);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${proposalPdfFileName(snapshot)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
