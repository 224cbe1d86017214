// Partial credit notes against PostgreSQL (decision 0030): over an amount incl. VAT, over chosen
// lines, over what is left after a payment; credits together never exceed the invoice, a refused
// credit leaves no draft and uses no number, and concurrent credits cannot overshoot.
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { balanceOf } from "@/lib/invoicing/rules";
import { creditNoteSchema } from "@/lib/invoicing/schemas";
import { createCreditNote, createFreeInvoice, issueInvoice, recordPayment } from "@/lib/invoicing/service";

import { rejection } from "../setup/app-error";
import { setBusinessProfile } from "../setup/business-profile-fixtures";
import { seededOwnerPerFile } from "../setup/seeded-owner";

const db = () => getDb();
const owner = seededOwnerPerFile();
const actor = () => userActor(owner);
const NOW = new Date("2026-12-07T10:00:00Z");

beforeAll(async () => {
  await setBusinessProfile(db());
});

/** Workshop CHF 1'250.00 and expenses CHF 180.00, 8.1 % VAT: 1'430.00 + 115.83 = 1'545.83 -> 1'545.85. */
async function issued(buyerName: string) {
  const { invoiceId } = await createFreeInvoice(
    db(),
    actor(),
    {
      title: "Workshop",
      introText: "",
      serviceDates: "",
      buyerName,
      buyerDepartment: "",
      buyerContact: "Anna Beispiel",
      buyerStreet: "Bundesplatz",
      buyerHouseNumber: "1",
      buyerPostcode: "3003",
      buyerCity: "Bern",
      buyerCountry: "CH",
      buyerEmail: "anna@verwaltung.example",
      buyerUid: "",
      purchaseOrderRef: "",
      costCentre: "",
      lines: [
        { description: "Workshop", quantity: 100, unit: "", unitPrice: 125_000 },
        { description: "Spesen", quantity: 100, unit: "", unitPrice: 18_000 },
      ],
    },
    NOW,
  );
  await issueInvoice(db(), actor(), { invoiceId }, NOW);
  return invoiceId;
}

async function balance(invoiceId: string) {
  const invoice = await db().invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    include: { payments: true, creditNotes: { where: { status: "ISSUED" } } },
  });
  return balanceOf({ ...invoice, credits: invoice.creditNotes });
}

const creditCount = (invoiceId: string) => db().invoice.count({ where: { creditedInvoiceId: invoiceId } });

describe("partial credit notes", () => {
  it("credit an amount incl. VAT at the invoice's rate, then the rest, and never more than is open", async () => {
    const invoiceId = await issued("Bundesamt für Kultur");
    expect((await balance(invoiceId)).openCents).toBe(154_585);

    const part = await createCreditNote(
      db(),
      actor(),
      { invoiceId, reason: "Ein Tag weniger.", scope: "AMOUNT", amount: 50_000 },
      NOW,
    );
    const row = await db().invoice.findUniqueOrThrow({ where: { id: part.invoiceId }, include: { lines: true } });
    expect(row).toMatchObject({
      kind: "CREDIT_NOTE",
      status: "ISSUED",
      payableCents: 50_000,
      netCents: 46_253,
      vatCents: 3_746,
      roundingCents: 1,
    });
    expect(row.lines).toMatchObject([
      { description: expect.stringContaining("Gutschrift auf Rechnung RE-"), vatRateBasisPoints: 810 },
    ]);
    expect(await balance(invoiceId)).toMatchObject({ openCents: 104_585, creditedCents: 50_000, state: "OPEN" });

    const sequence = await db().referenceSequence.findUniqueOrThrow({ where: { scope: "GS-2026" } });
    const tooMuch = await rejection(
      createCreditNote(db(), actor(), { invoiceId, reason: "Zu viel", scope: "AMOUNT", amount: 104_590 }, NOW),
    );
    expect(tooMuch).toMatchObject({
      field: "amount",
      message: "Die Gutschrift (CHF 1'045.90) ist höher als der offene Betrag der Rechnung (CHF 1'045.85).",
    });
    const odd = await rejection(
      createCreditNote(db(), actor(), { invoiceId, reason: "Krumm", scope: "AMOUNT", amount: 10_003 }, NOW),
    );
    expect(odd.field).toBe("amount");
    // Nothing was left behind: no draft, no number drawn.
    expect(await creditCount(invoiceId)).toBe(1);
    expect(await db().referenceSequence.findUniqueOrThrow({ where: { scope: "GS-2026" } })).toEqual(sequence);

    const rest = await createCreditNote(db(), actor(), { invoiceId, reason: "Kurs abgesagt." }, NOW);
    expect(await db().invoice.findUniqueOrThrow({ where: { id: rest.invoiceId } })).toMatchObject({
      payableCents: 104_585,
    });
    expect(await balance(invoiceId)).toMatchObject({ openCents: 0, creditedCents: 154_585, state: "CREDITED" });
    expect((await rejection(createCreditNote(db(), actor(), { invoiceId, reason: "Nochmals" }, NOW))).code).toBe(
      "CONFLICT",
    );
  });

  it("credit chosen lines with their VAT", async () => {
    const invoiceId = await issued("Kanton Aargau");
    const { invoiceId: creditId } = await createCreditNote(
      db(),
      actor(),
      { invoiceId, reason: "Keine Spesen.", scope: "LINES", positions: [2] },
      NOW,
    );
    const credit = await db().invoice.findUniqueOrThrow({ where: { id: creditId }, include: { lines: true } });
    expect(credit.lines).toMatchObject([
      { position: 1, description: "Spesen", unitPriceCents: 18_000, netCents: 18_000 },
    ]);
    expect(credit).toMatchObject({ netCents: 18_000, vatCents: 1_458, payableCents: 19_460 }); // 194.58 -> 194.60
    const none = await rejection(
      createCreditNote(db(), actor(), { invoiceId, reason: "x", scope: "LINES", positions: [9] }, NOW),
    );
    expect(none).toMatchObject({ field: "positions", message: "Bitte mindestens eine Position wählen." });
  });

  it("after a part payment credit what is left, not the whole", async () => {
    const invoiceId = await issued("Stadt Biel");
    await recordPayment(db(), actor(), { invoiceId, paidOn: "2026-12-20", amount: 100_000, note: "" });
    const whole = await rejection(
      createCreditNote(db(), actor(), { invoiceId, reason: "Alles", scope: "LINES", positions: [1, 2] }, NOW),
    );
    expect(whole.field).toBe("positions");
    const { invoiceId: creditId } = await createCreditNote(db(), actor(), { invoiceId, reason: "Rest erlassen." }, NOW);
    expect(await db().invoice.findUniqueOrThrow({ where: { id: creditId } })).toMatchObject({ payableCents: 54_585 });
    expect((await balance(invoiceId)).openCents).toBe(0);
  });

  it("never overshoot when two are created at once", async () => {
    const invoiceId = await issued("Gemeinde Ittigen");
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        createCreditNote(db(), actor(), { invoiceId, reason: "Doppelt", scope: "AMOUNT", amount: 100_000 }, NOW),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((await balance(invoiceId)).creditedCents).toBe(100_000);
  });

  it("are refused at the field when the form lacks what the scope needs", () => {
    const base = { invoiceId: "0190b1a4-0000-7000-8000-000000000001", reason: "Grund" };
    const lines = creditNoteSchema.safeParse({ ...base, scope: "LINES", positions: false, amount: "" });
    expect(lines.success ? [] : lines.error.issues.map((issue) => issue.path.join("."))).toEqual(["positions"]);
    const amount = creditNoteSchema.safeParse({ ...base, scope: "AMOUNT", positions: [], amount: "" });
    expect(amount.success ? [] : amount.error.issues.map((issue) => issue.path.join("."))).toEqual(["amount"]);
    expect(creditNoteSchema.parse({ ...base, scope: "LINES", positions: ["1", "2"], amount: "" })).toMatchObject({
      positions: [1, 2],
    });
    expect(creditNoteSchema.parse({ ...base, scope: "AMOUNT", positions: false, amount: "1'250.50" }).amount).toBe(
      125_050,
    );
  });
});
