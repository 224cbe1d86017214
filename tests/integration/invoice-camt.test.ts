// Bank files against PostgreSQL: a camt.054 previewed (matched, unmatched, duplicates), booked in
// one transaction, imported again without booking twice, confirmed twice at once booking once,
// and refused without any change when it is not XML or belongs to another account.
import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { CAMT_NOT_CAMT, CAMT_NOT_XML } from "@/lib/invoicing/camt-rules";
import { balanceOf } from "@/lib/invoicing/rules";
import {
  bookCamtImport,
  createFreeInvoice,
  issueInvoice,
  previewCamtImport,
  recordPayment,
} from "@/lib/invoicing/service";

import { rejection } from "../setup/app-error";
import { setBusinessProfile } from "../setup/business-profile-fixtures";
import { camt054, type CamtCredit } from "../setup/camt-fixtures";
import { freeInvoiceInput } from "../setup/invoice-fixtures";
import { seededOwnerPerFile } from "../setup/seeded-owner";

const db = () => getDb();
const owner = seededOwnerPerFile();
const actor = () => userActor(owner);
const NOW = new Date("2026-12-07T10:00:00Z");
const IBAN = "CH4431999123000889012";

beforeAll(() => setBusinessProfile(db()));

/** An issued invoice of CHF 1'945.80 (1.5 h at 1'200 + VAT), with its QR reference. */
async function issuedInvoice(title: string) {
  const { invoiceId } = await createFreeInvoice(db(), actor(), freeInvoiceInput(title, 120_000), NOW);
  const { number } = await issueInvoice(db(), actor(), { invoiceId }, NOW);
  const invoice = await db().invoice.findUniqueOrThrow({ where: { id: invoiceId } });
  return { id: invoiceId, number, reference: invoice.paymentReference!, payableCents: invoice.payableCents };
}

async function balance(invoiceId: string) {
  const invoice = await db().invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    include: { payments: true, creditNotes: { where: { status: "ISSUED" } } },
  });
  return balanceOf({ ...invoice, credits: invoice.creditNotes });
}

const input = (xml: string) => ({ fileName: "camt054.xml", xml });
let bank = 0;
const credit = (reference: string, amountCents: number, date = "2026-12-20"): CamtCredit => ({
  reference,
  amountCents,
  date,
  bankReference: `BANK-${++bank}`,
});

describe("importing a camt.054 file", () => {
  it("previews without booking, books matched payments, leaves part payments open and books nothing twice", async () => {
    const full = await issuedInvoice("Voll bezahlt");
    const part = await issuedInvoice("Teilweise bezahlt");
    const xml = camt054(IBAN, [
      credit(full.reference, full.payableCents),
      credit(part.reference, 50_000, "2026-12-21"),
      credit("RF18539007547034", 12_345),
    ]);

    const preview = await previewCamtImport(db(), actor(), input(xml));
    expect(preview.kind).toBe("camt.054");
    expect(preview.rows.map((row) => [row.status, row.invoice?.number ?? null])).toEqual([
      ["MATCHED", full.number],
      ["MATCHED", part.number],
      ["UNMATCHED", null],
    ]);
    expect(preview.summary).toEqual({
      matched: 2,
      matchedCents: full.payableCents + 50_000,
      duplicates: 0,
      unmatched: 1,
    });
    expect(await db().invoicePayment.count({ where: { invoiceId: { in: [full.id, part.id] } } })).toBe(0);

    const booked = await bookCamtImport(db(), actor(), input(xml));
    expect(booked).toMatchObject({ booked: 2, bookedCents: full.payableCents + 50_000 });
    expect((await balance(full.id)).state).toBe("PAID");
    expect(await balance(part.id)).toMatchObject({ state: "PARTLY_PAID", openCents: part.payableCents - 50_000 });
    const payment = await db().invoicePayment.findFirstOrThrow({ where: { invoiceId: part.id } });
    expect(payment).toMatchObject({ amountCents: 50_000, recordedById: owner.id });
    expect(payment.paidOn.toISOString().slice(0, 10)).toBe("2026-12-21");
    expect(payment.bankEntryKey).toBe(`${IBAN}|tx:BANK-${bank - 1}|50000|2026-12-21`);
    expect(payment.note).toBe("Bankdatei camt.054, Bundesamt für Beispiele");
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "invoice.camt-imported" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.data).toMatchObject({ fileName: "camt054.xml", booked: 2, matched: 2, unmatched: 1 });

    // The same file again: everything booked before is a duplicate, nothing is booked.
    const again = await previewCamtImport(db(), actor(), input(xml));
    expect(again.rows.map((row) => row.status)).toEqual(["DUPLICATE", "DUPLICATE", "UNMATCHED"]);
    expect(again.rows[0]!.reason).toBe("Bereits gebucht (aus einer früheren Datei).");
    expect(await bookCamtImport(db(), actor(), input(xml))).toMatchObject({ booked: 0, bookedCents: 0 });
    expect(await db().invoicePayment.count({ where: { invoiceId: { in: [full.id, part.id] } } })).toBe(2);

    // The rest of the part payment in a later file.
    const rest = camt054(IBAN, [credit(part.reference, part.payableCents - 50_000, "2026-12-28")]);
    expect(await bookCamtImport(db(), actor(), input(rest))).toMatchObject({ booked: 1 });
    expect((await balance(part.id)).state).toBe("PAID");
  });

  it("does not book over a payment typed by hand in the meantime", async () => {
    const invoice = await issuedInvoice("Von Hand bezahlt");
    const xml = camt054(IBAN, [credit(invoice.reference, invoice.payableCents)]);
    expect((await previewCamtImport(db(), actor(), input(xml))).summary.matched).toBe(1);
    await recordPayment(db(), actor(), {
      invoiceId: invoice.id,
      paidOn: "2026-12-19",
      amount: invoice.payableCents,
      note: "",
    });
    const booked = await bookCamtImport(db(), actor(), input(xml));
    expect(booked.booked).toBe(0);
    expect(booked.rows[0]!.reason).toBe(`Rechnung ${invoice.number} ist bereits bezahlt.`);
    expect(await db().invoicePayment.count({ where: { invoiceId: invoice.id } })).toBe(1);
  });

  it("books a file confirmed twice at the same moment once", async () => {
    const first = await issuedInvoice("Gleichzeitig 1");
    const second = await issuedInvoice("Gleichzeitig 2");
    const xml = camt054(IBAN, [credit(first.reference, 10_000), credit(second.reference, 20_000)]);
    const results = await Promise.allSettled([
      bookCamtImport(db(), actor(), input(xml)),
      bookCamtImport(db(), actor(), input(xml)),
      bookCamtImport(db(), actor(), input(xml)),
    ]);
    const bookedCounts = results.map((result) => (result.status === "fulfilled" ? result.value.booked : 0));
    expect(bookedCounts.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(bookedCounts.filter((count) => count > 0)).toHaveLength(1);
    expect(await db().invoicePayment.count({ where: { invoiceId: { in: [first.id, second.id] } } })).toBe(2);
    expect((await balance(first.id)).openCents).toBe(first.payableCents - 10_000);
  });

  it("books all or nothing: a payment the database refuses rolls back the file's others", async () => {
    const first = await issuedInvoice("Ganz oder gar nicht 1");
    const second = await issuedInvoice("Ganz oder gar nicht 2");
    const xml = camt054(IBAN, [credit(first.reference, 10_000), credit(second.reference, 7_777)]);
    // A constraint of this test's own database makes the second insert fail after the first.
    await db().$executeRawUnsafe(
      `ALTER TABLE "InvoicePayment" ADD CONSTRAINT "test_refuse_7777" CHECK ("amountCents" <> 7777) NOT VALID`,
    );
    try {
      await expect(bookCamtImport(db(), actor(), input(xml))).rejects.toThrow(/test_refuse_7777|constraint/i);
    } finally {
      await db().$executeRawUnsafe(`ALTER TABLE "InvoicePayment" DROP CONSTRAINT "test_refuse_7777"`);
    }
    expect(await db().invoicePayment.count({ where: { invoiceId: { in: [first.id, second.id] } } })).toBe(0);
    expect((await bookCamtImport(db(), actor(), input(xml))).booked).toBe(2);
  });
});

describe("files refused at the field, nothing changed", () => {
  async function refusedWithoutChange(xml: string) {
    const before = await db().invoicePayment.count();
    const auditBefore = await db().auditLog.count({ where: { action: "invoice.camt-imported" } });
    const preview = await rejection(previewCamtImport(db(), actor(), input(xml)));
    const book = await rejection(bookCamtImport(db(), actor(), input(xml)));
    expect(book.message).toBe(preview.message);
    expect(preview.field).toBe("xml");
    expect(book.field).toBe("xml");
    expect(await db().invoicePayment.count()).toBe(before);
    expect(await db().auditLog.count({ where: { action: "invoice.camt-imported" } })).toBe(auditBefore);
    return preview.message;
  }

  it("refuses a file that is not XML", async () => {
    expect(await refusedWithoutChange("Buchungsdatum;Betrag\n20.12.2026;5383.40\n")).toBe(CAMT_NOT_XML);
  });

  it("refuses XML that is not a camt file", async () => {
    const xml = readFileSync(path.join("tests/fixtures/camt/pain001-not-camt.xml"), "utf8");
    expect(await refusedWithoutChange(xml)).toBe(CAMT_NOT_CAMT);
  });

  it("refuses a file of another account, naming it", async () => {
    const invoice = await issuedInvoice("Anderes Konto");
    const xml = camt054("CH93 0076 2011 6238 5295 7", [credit(invoice.reference, invoice.payableCents)]);
    expect(await refusedWithoutChange(xml)).toBe(
      "Die Datei gehört zu einem anderen Konto (CH9300762011623852957) als dem in den Einstellungen hinterlegten. Es wurde nichts gebucht.",
    );
    expect((await balance(invoice.id)).state).toBe("OPEN");
  });

  it("accepts the account an invoice was issued with after the profile changed bank", async () => {
    const invoice = await issuedInvoice("Alte Bank");
    await setBusinessProfile(db(), { iban: "CH93 0076 2011 6238 5295 7", referenceType: "SCOR" });
    try {
      const xml = camt054(IBAN, [credit(invoice.reference, invoice.payableCents)]);
      expect((await bookCamtImport(db(), actor(), input(xml))).booked).toBe(1);
    } finally {
      await setBusinessProfile(db());
    }
  });
});
