// Invoices against PostgreSQL: drafted from the accepted version, issued with gap-free numbers
// under concurrency, frozen by the service and the database, corrected by credit notes, paid in
// parts, and mailed with their PDF over real SMTP.
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { balanceOf, isQrReference } from "@/lib/invoicing/rules";
import {
  createCreditNote,
  createFreeInvoice,
  createInvoiceFromProposal,
  issueInvoice,
  recordPayment,
  updateInvoiceDraft,
} from "@/lib/invoicing/service";
import { renderOutboxMessage } from "@/lib/mail/render";
import { sendProposal } from "@/lib/proposals/service";

import { seedWithOwner } from "../setup/admin-fixtures";
import { rejection } from "../setup/app-error";
import { setBusinessProfile } from "../setup/business-profile-fixtures";
import { acceptedProposal, freeInvoiceInput } from "../setup/invoice-fixtures";
import { runJobs, smtpTransport } from "../setup/jobs";
import { createInquiry } from "../setup/proposal-fixtures";
import { startSmtpSink } from "../setup/smtp-sink";

const db = () => getDb();
let owner = { id: "", name: "Markus Muster" as string | null };
const actor = () => userActor(owner);
const NOW = new Date("2026-12-07T10:00:00Z");

beforeAll(async () => {
  owner = await seedWithOwner(db());
  await setBusinessProfile(db());
});

const billingAddress = {
  buyerStreet: "Reiterstrasse",
  buyerHouseNumber: "11",
  buyerPostcode: "3011",
  buyerCity: "Bern",
};

async function draftFromProposal(organisationName: string) {
  const { inquiry, proposalId } = await acceptedProposal(db(), owner, organisationName);
  const { invoiceId } = await createInvoiceFromProposal(db(), actor(), { proposalId, share: "FULL" }, NOW);
  await db().invoice.update({ where: { id: invoiceId }, data: billingAddress });
  return { inquiry, proposalId, invoiceId };
}

function freeDraft(title: string) {
  return createFreeInvoice(db(), actor(), freeInvoiceInput(title), NOW);
}

describe("the business profile gate", () => {
  it("refuses to send a proposal or issue an invoice while the profile lacks what they carry", async () => {
    const { invoiceId } = await freeDraft("Nachbesprechung");
    await setBusinessProfile(db(), { iban: "", street: "" });
    try {
      const refused = await rejection(issueInvoice(db(), actor(), { invoiceId }, NOW));
      expect(refused.message).toBe(
        "Die Geschäftsangaben sind unvollständig. Bitte ergänzen Sie unter «Einstellungen»: Strasse, IBAN oder QR-IBAN.",
      );
      const inquiry = await createInquiry(db(), {
        organisationName: "Gemeinde Köniz",
        fieldSlug: "oeffentliche-verwaltung",
        goalSlugs: ["anspruchsvolle-gespraeche-souveraen-fuehren"],
        moduleSlugs: ["aktiv-zuhoeren"],
      });
      const { createDesignFromInquiry } = await import("@/lib/proposals/service");
      const design = await createDesignFromInquiry(db(), actor(), { inquiryId: inquiry.id });
      expect((await rejection(sendProposal(db(), actor(), { designId: design.id }))).message).toContain(
        "Strasse, IBAN oder QR-IBAN",
      );
      expect(await db().proposal.count({ where: { inquiryId: inquiry.id } })).toBe(0);
      expect(await db().invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
        status: "DRAFT",
        number: null,
      });
    } finally {
      await setBusinessProfile(db());
    }
  });
});

describe("invoices from an accepted proposal", () => {
  it("are prefilled from the accepted version: lines, price, PO, cost centre and the client", async () => {
    const { inquiry, proposalId, invoiceId } = await draftFromProposal("Strassenverkehrsamt Bern");
    const proposal = await db().proposal.findUniqueOrThrow({ where: { id: proposalId } });
    const invoice = await db().invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { lines: { orderBy: { position: "asc" } } },
    });
    expect(invoice).toMatchObject({
      status: "DRAFT",
      number: null,
      inquiryId: inquiry.id,
      buyerName: "Strassenverkehrsamt Bern",
      buyerContact: "Zoë Müller-Brügger",
      buyerEmail: inquiry.email,
      purchaseOrderRef: "BE-4500123456",
      costCentre: "KST 2100",
      netCents: proposal.netCents,
      payableCents: proposal.totalCents,
    });
    expect(invoice.lines.map((line) => [line.description, line.quantityHundredths, line.unitPriceCents])).toEqual([
      [expect.stringContaining("Honorar"), 200, 240_000],
      ["Spesen", 100, 18_000],
    ]);
    expect(invoice.lines.every((line) => line.vatRateBasisPoints === 810)).toBe(true);
  });

  it("can be a deposit and the rest, the rest less the deposit", async () => {
    const { proposalId } = await acceptedProposal(db(), owner, "Amt für Migration Luzern");
    const deposit = await createInvoiceFromProposal(
      db(),
      actor(),
      { proposalId, share: "DEPOSIT", depositPercent: 30 },
      NOW,
    );
    await db().invoice.update({ where: { id: deposit.invoiceId }, data: billingAddress });
    const { number } = await issueInvoice(db(), actor(), deposit, NOW);
    const rest = await createInvoiceFromProposal(db(), actor(), { proposalId, share: "REST" }, NOW);
    const lines = await db().invoiceLine.findMany({
      where: { invoiceId: rest.invoiceId },
      orderBy: { position: "asc" },
    });
    expect(lines.at(-1)).toMatchObject({ description: `Abzüglich Rechnung ${number}`, unitPriceCents: -149_400 });
    const [depositRow, restRow, proposal] = await Promise.all([
      db().invoice.findUniqueOrThrow({ where: { id: deposit.invoiceId } }),
      db().invoice.findUniqueOrThrow({ where: { id: rest.invoiceId } }),
      db().proposal.findUniqueOrThrow({ where: { id: proposalId } }),
    ]);
    expect(depositRow.netCents + restRow.netCents).toBe(proposal.netCents);
  });
});

describe("issuing", () => {
  it("numbers RE-YYYY-NNNN, freezes the seller, derives the QR reference and mails the PDF", async () => {
    const { inquiry, invoiceId } = await draftFromProposal("Steuerverwaltung Basel-Stadt");
    const { number } = await issueInvoice(db(), actor(), { invoiceId }, NOW);
    expect(number).toMatch(/^RE-2026-\d{4}$/);
    const invoice = await db().invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(invoice).toMatchObject({ status: "ISSUED", number, issuedById: owner.id });
    expect(invoice.issueDate?.toISOString().slice(0, 10)).toBe("2026-12-07");
    expect(invoice.dueDate?.toISOString().slice(0, 10)).toBe("2027-01-06");
    expect(isQrReference(invoice.paymentReference ?? "")).toBe(true);
    expect(invoice.seller).toMatchObject({ iban: "CH4431999123000889012", uid: "CHE-123.456.788 MWST" });
    const audit = await db().auditLog.findFirst({ where: { action: "invoice.issued", entityId: invoiceId } });
    expect(audit).toMatchObject({ actorId: owner.id });

    const row = await db().outboxMessage.findFirstOrThrow({
      where: { inquiryId: inquiry.id, template: "invoice-issued" },
    });
    expect(row.recipient).toBe(inquiry.email);
    expect(JSON.stringify(row.payload)).not.toContain("JVBERi");
    const rendered = await renderOutboxMessage(row);
    expect(rendered.subject).toBe(`Rechnung ${number}: ${invoice.title}`);
    expect(rendered.text).toContain("Guten Tag Zoë Müller-Brügger");
    expect(rendered.text).toContain("CHF 5'383.40");
    expect(rendered.text).toContain("06.01.2027");
    expect(rendered.text).toContain("BE-4500123456");
    expect(rendered.text).toContain("/portal/");

    const sink = await startSmtpSink();
    try {
      await runJobs(smtpTransport(sink.url));
      const mail = (await sink.waitFor(1)).find((message) => message.subject === rendered.subject);
      const pdf = mail?.attachments.find((attachment) => attachment.contentType === "application/pdf");
      expect(pdf?.filename).toBe(`Rechnung-${number}.pdf`);
      expect(pdf!.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    } finally {
      await sink.stop();
    }
  });

  it("hands out numbers without gaps when many are issued at once, and a refused issue uses none", async () => {
    const before = await db().referenceSequence.findUnique({ where: { scope: "RE-2026" } });
    const drafts = await Promise.all(Array.from({ length: 8 }, (_, index) => freeDraft(`Sitzung ${index + 1}`)));
    const broken = await freeDraft("Ohne Adresse");
    await db().invoice.update({ where: { id: broken.invoiceId }, data: { buyerStreet: "" } });
    const results = await Promise.allSettled([
      ...drafts.map((draft) => issueInvoice(db(), actor(), draft, NOW)),
      issueInvoice(db(), actor(), broken, NOW),
    ]);
    expect(results.at(-1)).toMatchObject({ status: "rejected" });
    const numbers = results
      .flatMap((result) => (result.status === "fulfilled" ? [result.value.number] : []))
      .map((number) => Number(number.slice("RE-2026-".length)))
      .sort((a, b) => a - b);
    const start = (before?.lastValue ?? 0) + 1;
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, index) => start + index));
    expect(await db().invoice.findUniqueOrThrow({ where: { id: broken.invoiceId } })).toMatchObject({ number: null });
  });

  it("never changes an issued invoice: the service refuses, and so does the database", async () => {
    const { invoiceId } = await freeDraft("Supervision");
    await issueInvoice(db(), actor(), { invoiceId }, NOW);
    const issued = await db().invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { lines: true } });

    const refused = await rejection(
      updateInvoiceDraft(db(), actor(), {
        invoiceId,
        title: "Geändert",
        introText: "",
        serviceDates: "",
        buyerName: "Andere",
        buyerDepartment: "",
        buyerContact: "",
        ...billingAddress,
        buyerCountry: "CH",
        buyerEmail: "a@b.example",
        buyerUid: "",
        purchaseOrderRef: "",
        costCentre: "",
        lines: [{ description: "x", quantity: 100, unit: "", unitPrice: 1 }],
      }),
    );
    expect(refused.message).toContain("kann nicht mehr geändert werden");
    await expect(
      db().$executeRaw`UPDATE "Invoice" SET "payableCents" = 1 WHERE "id" = ${invoiceId}::uuid`,
    ).rejects.toThrow(/issued/);
    await expect(db().$executeRaw`DELETE FROM "Invoice" WHERE "id" = ${invoiceId}::uuid`).rejects.toThrow(/issued/);
    await expect(
      db().$executeRaw`UPDATE "InvoiceLine" SET "unitPriceCents" = 1 WHERE "invoiceId" = ${invoiceId}::uuid`,
    ).rejects.toThrow(/issued/);
    await expect(
      db().invoiceLine.create({
        data: {
          invoiceId,
          position: 9,
          description: "Nachtrag",
          quantityHundredths: 100,
          unitPriceCents: 100,
          vatRateBasisPoints: 810,
          netCents: 100,
          vatCents: 8,
        },
      }),
    ).rejects.toThrow();
    expect(await db().invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { lines: true } })).toEqual(
      issued,
    );
  });
});

describe("credit notes and payments", () => {
  it("corrects an issued invoice by a credit note that references it, mailed as well", async () => {
    const { invoiceId } = await freeDraft("Workshop Leitbild");
    const { number } = await issueInvoice(db(), actor(), { invoiceId }, NOW);
    const credit = await createCreditNote(db(), actor(), { invoiceId, reason: "Doppelt verrechnet." }, NOW);
    expect(credit.number).toMatch(/^GS-2026-\d{4}$/);
    const row = await db().invoice.findUniqueOrThrow({ where: { id: credit.invoiceId } });
    const original = await db().invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { payments: true, creditNotes: true },
    });
    expect(row).toMatchObject({
      kind: "CREDIT_NOTE",
      status: "ISSUED",
      creditedInvoiceId: invoiceId,
      title: `Gutschrift zu Rechnung ${number}`,
      payableCents: original.payableCents,
      paymentReference: null,
    });
    expect(balanceOf({ ...original, credits: original.creditNotes }).state).toBe("CREDITED");
    expect(await db().outboxMessage.count({ where: { idempotencyKey: `invoice:${credit.invoiceId}:issued` } })).toBe(1);
    // Nothing is open any more: a second credit note and a payment are refused.
    expect((await rejection(createCreditNote(db(), actor(), { invoiceId, reason: "Nochmals" }, NOW))).code).toBe(
      "CONFLICT",
    );
  });

  it("books part payments, leaves the balance open, and refuses more than is open at the field", async () => {
    const { invoiceId } = await freeDraft("Coaching");
    await issueInvoice(db(), actor(), { invoiceId }, NOW);
    const { payableCents } = await db().invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(payableCents).toBe(29_185); // 1.5 h at CHF 180.00 = 270.00 + 8.1 % VAT 21.87 = 291.87 -> 291.85

    const part = await recordPayment(db(), actor(), { invoiceId, paidOn: "2026-12-20", amount: 10_000, note: "" });
    expect(part.openCents).toBe(payableCents - 10_000);
    const tooMuch = await rejection(
      recordPayment(db(), actor(), { invoiceId, paidOn: "2026-12-21", amount: payableCents, note: "" }),
    );
    expect(tooMuch).toMatchObject({
      field: "amount",
      message: "Der Betrag ist höher als der offene Betrag dieser Rechnung.",
    });
    const early = await rejection(
      recordPayment(db(), actor(), { invoiceId, paidOn: "2026-12-01", amount: 100, note: "" }),
    );
    expect(early.field).toBe("paidOn");
    const rest = await recordPayment(db(), actor(), {
      invoiceId,
      paidOn: "2026-12-22",
      amount: payableCents - 10_000,
      note: "Rest",
    });
    expect(rest.openCents).toBe(0);
    const invoice = await db().invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { payments: true, creditNotes: true },
    });
    expect(balanceOf({ ...invoice, credits: invoice.creditNotes })).toMatchObject({ state: "PAID", openCents: 0 });
    expect(invoice.payments).toHaveLength(2);
  });
});
