// A sent proposal version is kept as JSON for years: one stored as the code writes it today (and
// one from before snapshots named their format) must still show in the client portal and print as
// PDF, in the page and as the mail attachment; a broken one fails with a reason, not a half page.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import { ProposalDocument } from "@/components/proposals/proposal-document";
import { getDb } from "@/lib/db";
import { systemActor } from "@/lib/db/actor";
import { proposalPdfAttachments } from "@/lib/proposals/pdf-attachment";
import { createDesignFromInquiry } from "@/lib/proposals/service";
import { getPortalView, issuePortalAccess } from "@/lib/proposals/service";
import { InvalidStoredJsonError } from "@/lib/versioned-json";
import { seedDemoContent } from "@/prisma/seed/seed";

import storedV1 from "../fixtures/proposals/snapshot-v1.json";
import { createInquiry } from "../setup/proposal-fixtures";

const pdfRoute = await import("@/app/api/portal/[token]/pdf/route");

beforeAll(async () => {
  await seedDemoContent(getDb());
});

/** A sent proposal whose snapshot column holds `snapshot`, written by raw SQL, and a portal link to it. */
async function storedProposal(snapshot: unknown): Promise<{ proposalId: string; token: string }> {
  const db = getDb();
  const inquiry = await createInquiry(db, { organisationName: "Steueramt Luzern" });
  const design = await createDesignFromInquiry(db, systemActor("test"), { inquiryId: inquiry.id });
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "Proposal" ("id", "designId", "inquiryId", "version", "status", "snapshot",
                            "netCents", "vatCents", "totalCents", "validUntil", "sentAt")
    VALUES (gen_random_uuid(), ${design.id}::uuid, ${inquiry.id}::uuid, 1, 'SENT'::"ProposalStatus",
            ${JSON.stringify(snapshot)}::jsonb, 390000, 31590, 421590, DATE '2027-01-31', now())
    RETURNING "id"::text AS "id"`;
  const proposalId = rows[0]!.id;
  const { token } = await db.$transaction((tx) =>
    issuePortalAccess(tx, { inquiryId: inquiry.id, proposalId, now: new Date(), days: 30 }),
  );
  return { proposalId, token };
}

function pdfOf(token: string, query = "") {
  return pdfRoute.GET(new Request(`http://localhost/api/portal/${token}/pdf${query}`), {
    params: Promise.resolve({ token }),
  });
}

describe("stored proposal snapshots", () => {
  const { format: _format, ...withoutFormat } = storedV1;

  it.each([
    ["as written today (format 1)", storedV1],
    ["without a format (read as format 1)", withoutFormat],
  ])("shows a snapshot stored %s in the portal, its PDF and the mail attachment", async (_label, snapshot) => {
    const { proposalId, token } = await storedProposal(snapshot);

    const view = await getPortalView(getDb(), token);
    if (view.state !== "OK") throw new Error(`portal link refused: ${view.state}`);
    expect(view.proposal.snapshot).toEqual(storedV1);
    const html = renderToStaticMarkup(createElement(ProposalDocument, { snapshot: view.proposal.snapshot }));
    expect(html).toContain("Souverän am Schalter");
    expect(html).toContain("Entscheide verständlich übermitteln");
    expect(html).toContain("CHF 4&#x27;215.90");

    for (const query of ["", "?version=1"]) {
      const pdf = await pdfOf(token, query);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
    }

    const [attachment] = await proposalPdfAttachments(getDb(), proposalId);
    expect(attachment?.filename).toMatch(/\.pdf$/);
    expect(Buffer.from(attachment!.content).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("refuses a stored snapshot that fits no format, naming the proposal and the field", async () => {
    const { price: _price, ...withoutPrice } = storedV1;
    const { proposalId, token } = await storedProposal(withoutPrice);
    const read = getPortalView(getDb(), token);
    await expect(read).rejects.toThrow(InvalidStoredJsonError);
    await expect(read).rejects.toThrow(new RegExp(`Proposal ${proposalId} does not match version 1[\\s\\S]*price`));
  });
});
