// The proposal's mails as the client gets them: the preview before sending, the PDF rendered at
// send time from the frozen version (never stored in the outbox), delivered over real SMTP.
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { systemActor, userActor, visitor } from "@/lib/db/actor";
import { renderOutboxMessage } from "@/lib/mail/render";
import { createDesignFromInquiry } from "@/lib/proposals/service";
import { acceptProposal, getPortalView } from "@/lib/proposals/service";
import { previewProposalMail, sendProposal } from "@/lib/proposals/service";

import { runJobs, smtpTransport } from "../setup/jobs";
import { createInquiry } from "../setup/proposal-fixtures";
import { seededOwnerPerFile } from "../setup/seeded-owner";
import { startSmtpSink } from "../setup/smtp-sink";

const db = () => getDb();
const actor = seededOwnerPerFile();

async function designFor(organisationName: string) {
  const inquiry = await createInquiry(db(), {
    organisationName,
    salutation: "MS",
    fieldSlug: "oeffentliche-verwaltung",
    goalSlugs: ["anspruchsvolle-gespraeche-souveraen-fuehren"],
    moduleSlugs: ["aktiv-zuhoeren"],
  });
  const design = await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id });
  return { inquiry, design };
}

describe("sending a proposal", () => {
  it("previews the mail from the real template without sending, then sends it with the PDF over SMTP", async () => {
    const { inquiry, design } = await designFor("Steueramt Solothurn");
    const preview = await previewProposalMail(db(), userActor(actor), { designId: design.id });
    expect(preview.to).toBe(inquiry.email);
    expect(preview.subject).toBe("Ihre Offerte: Kundenorientierung für Steueramt Solothurn");
    expect(preview.text).toContain("Guten Tag Frau Müller-Brügger");
    expect(preview.text).toContain("Die Offerte liegt dieser Mail als PDF bei.");
    expect(preview.attachment).toBe(`Offerte-${inquiry.reference}-v1.pdf`);
    // A preview sends nothing and freezes nothing.
    expect(await db().proposal.count({ where: { inquiryId: inquiry.id } })).toBe(0);
    expect(await db().outboxMessage.count({ where: { inquiryId: inquiry.id } })).toBe(0);

    const sent = await sendProposal(db(), userActor(actor), { designId: design.id });
    const row = await db().outboxMessage.findFirstOrThrow({
      where: { inquiryId: inquiry.id, template: "proposal-sent" },
    });
    // The outbox holds the proposal's id (sealed), not the document.
    expect(JSON.stringify(row.payload).length).toBeLessThan(4000);
    expect(JSON.stringify(row.payload)).not.toContain("JVBERi"); // base64 of "%PDF"
    const stored = await renderOutboxMessage(row);
    expect(stored.subject).toBe(preview.subject);
    expect(stored.attachments).toEqual([]); // without a database: text only

    const sink = await startSmtpSink();
    try {
      await runJobs(smtpTransport(sink.url));
      const [mail] = (await sink.waitFor(1)).filter((message) => message.subject === preview.subject);
      expect(mail).toBeDefined();
      expect(mail!.text).toContain("/portal/");
      const pdf = mail!.attachments.find((attachment) => attachment.contentType === "application/pdf");
      expect(pdf?.filename).toBe(`Offerte-${inquiry.reference}-v1.pdf`);
      expect(pdf!.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf!.content.length).toBeGreaterThan(2000);
    } finally {
      await sink.stop();
    }
    expect(sent.version).toBe(1);
  });

  it("refuses the preview for what it would refuse to send, at the field", async () => {
    const { design } = await designFor("Betreibungsamt Thun");
    await db().designGoal.deleteMany({ where: { designId: design.id } });
    await expect(previewProposalMail(db(), userActor(actor), { designId: design.id })).rejects.toMatchObject({
      code: "VALIDATION",
      field: "goals",
    });
  });
});

describe("accepting a proposal", () => {
  it("thanks the client as «Sie» with the PDF, the portal link and what follows, and the portal stops asking", async () => {
    const { inquiry, design } = await designFor("Gemeindeverwaltung Köniz");
    const sent = await sendProposal(db(), userActor(actor), { designId: design.id });
    const sink = await startSmtpSink();
    try {
      await runJobs(smtpTransport(sink.url));
      const proposalMail = (await sink.waitFor(1)).find((mail) => mail.subject?.startsWith("Ihre Offerte"))!;
      const token = /\/portal\/([A-Za-z0-9_-]{43})/.exec(proposalMail.text ?? "")![1]!;

      await acceptProposal(db(), visitor, {
        token,
        proposalId: sent.proposalId,
        name: "Beat Zürcher",
        role: "Gemeindeschreiber",
        confirm: true,
      });
      await runJobs(smtpTransport(sink.url));
      const thanks = (await sink.waitFor(3)).find((mail) => mail.subject?.startsWith("Vielen Dank für Ihre Zusage"));
      expect(thanks).toBeDefined();
      expect(JSON.stringify(thanks!.to)).toContain(inquiry.email);
      const text = thanks!.text ?? "";
      expect(text).toContain("Guten Tag Frau Müller-Brügger");
      expect(text).toContain("Herzlichen Dank für Ihr Vertrauen und Ihre Zusage.");
      expect(text).toContain("Beat Zürcher (Gemeindeschreiber)");
      // Not the old third-person note ("... hat das Angebot angenommen").
      expect(text).not.toMatch(/hat die Offerte .* angenommen/);
      expect(text).toContain("So geht es weiter");
      expect(text).toContain("um die Kursdaten festzulegen");
      expect(text).toContain(`/portal/${token}`);
      const pdf = thanks!.attachments.find((attachment) => attachment.contentType === "application/pdf");
      expect(pdf?.filename).toBe(`Offerte-${inquiry.reference}-v1.pdf`);
      expect(pdf!.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");

      // The portal still opens, shows the acceptance, and no longer offers to accept.
      const view = await getPortalView(db(), token);
      expect(view.state).toBe("OK");
      if (view.state === "OK") {
        expect(view.proposal.status).toBe("ACCEPTED");
        expect(view.verdict).toEqual({ ok: false, reason: "ACCEPTED" });
      }
    } finally {
      await sink.stop();
    }
  });
});
