// Writes of invoices: drafts (from an accepted proposal or free), issuing (number, reference,
// frozen seller, mail), credit notes and payments. Each opens its own transaction and writes its
// audit row inside it. An issued invoice never changes: the service refuses, and the database's
// invoice_immutable_guard trigger refuses whatever gets past it (decision 0025).
import { readBusinessProfile } from "@/lib/business-profile/queries";
import { vatRateOn } from "@/lib/business-profile/rules";
import { assertProfileCompleteForInvoicing } from "@/lib/business-profile/service";
import { addDays, zurichDate, zurichYear } from "@/lib/calendar/zurich-time";
import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { nextSequenceValue } from "@/lib/db/sequence";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { formatChf, formatDate } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseProposalSnapshot, type ProposalSnapshot } from "@/lib/proposals/snapshot";

import { notifyInvoiceIssued } from "./notify";
import {
  creditNetForGross,
  depositNetCents,
  formatInvoiceNumber,
  invoiceBuyer,
  invoiceTotals,
  numberScope,
  qrReferenceFor,
  scorReferenceFor,
  type InvoiceKind,
  type LineInput,
} from "./rules";
import type {
  CreateFromProposalInput,
  CreditNoteInput,
  InvoiceDraftInput,
  PaymentInput,
  UpdateInvoiceDraftInput,
} from "./schemas";
import { sellerFromProfile } from "./seller";
import { balanceFor, lockInvoice } from "./service-lock";

export * from "./service-camt";

export const ISSUED_IMMUTABLE_MESSAGE =
  "Diese Rechnung ist ausgestellt und kann nicht mehr geändert werden. Korrigieren Sie sie mit einer Gutschrift.";

type DraftLine = { description: string; quantityHundredths: number; unit: string; unitPriceCents: number };

const toDate = (dateKey: string) => new Date(`${dateKey}T00:00:00Z`);
const dateKeyOf = (value: Date) => value.toISOString().slice(0, 10);

/** Lines with their amounts at the given rate; VAT shared out so the lines add up to the totals. */
function pricedLines(lines: readonly DraftLine[], vatRateBasisPoints: number) {
  const inputs: LineInput[] = lines.map((line) => ({ ...line, vatRateBasisPoints }));
  const totals = invoiceTotals(inputs);
  return {
    totals,
    rows: lines.map((line, index) => ({
      position: index + 1,
      description: line.description,
      quantityHundredths: line.quantityHundredths,
      unit: line.unit,
      unitPriceCents: line.unitPriceCents,
      vatRateBasisPoints,
      netCents: totals.lines[index]!.netCents,
      vatCents: totals.lines[index]!.vatCents,
    })),
  };
}

function totalsData(totals: ReturnType<typeof invoiceTotals>) {
  return {
    netCents: totals.netCents,
    vatCents: totals.vatCents,
    roundingCents: totals.roundingCents,
    payableCents: totals.payableCents,
  };
}

/** The rate a draft shows before it is issued: today's; issuing applies the rate of its date. */
async function currentRate(tx: Tx, now: Date): Promise<number> {
  const profile = await readBusinessProfile(tx);
  if (!profile.vatRegistered) return 0;
  return vatRateOn(profile.vatRates, zurichDate(now)) ?? 0;
}

async function writeDraft(
  tx: Tx,
  data: Omit<Prisma.InvoiceUncheckedCreateInput, "netCents" | "vatCents" | "roundingCents" | "payableCents">,
  lines: readonly DraftLine[],
  now: Date,
) {
  const { totals, rows } = pricedLines(lines, await currentRate(tx, now));
  return tx.invoice.create({ data: { ...data, ...totalsData(totals), lines: { create: rows } } });
}

/** "12.03.2027, 19.03.2027": the client's course days, from the dated sessions of the inquiry. */
async function courseDatesOf(tx: Tx, inquiryId: string): Promise<string> {
  const sessions = await tx.courseSession.findMany({
    where: { inquiryId, status: { not: "CANCELLED" } },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true },
  });
  return sessions.map((session) => formatDate(session.startsAt)).join(", ");
}

/** The lines of an accepted version: the fee (per day or flat) and the expenses. */
function proposalLines(snapshot: ProposalSnapshot): DraftLine[] {
  const price = snapshot.price;
  const fee: DraftLine =
    price.mode === "DAY_RATE" && price.days
      ? {
          description: `Honorar «${snapshot.title}»`,
          quantityHundredths: Math.round(price.days * 100),
          unit: price.days === 1 ? "Kurstag" : "Kurstage",
          unitPriceCents: price.dayRateCents ?? 0,
        }
      : {
          description: `Honorar «${snapshot.title}» (Pauschale)`,
          quantityHundredths: 100,
          unit: "",
          unitPriceCents: price.feeCents,
        };
  const expenses: DraftLine[] =
    price.expensesCents > 0
      ? [{ description: "Spesen", quantityHundredths: 100, unit: "", unitPriceCents: price.expensesCents }]
      : [];
  return [fee, ...expenses];
}

/**
 * A draft from an accepted proposal: the whole, a deposit (a share of the net), or the rest (the
 * whole less the deposits already invoiced), with the client's PO, cost centre and course dates.
 */
export async function createInvoiceFromProposal(
  db: Database,
  actor: Actor,
  input: CreateFromProposalInput,
  now = new Date(),
): Promise<{ invoiceId: string }> {
  return inTransaction(db, async (tx) => {
    const proposal = await tx.proposal.findUnique({
      where: { id: input.proposalId },
      include: { inquiry: true },
    });
    if (!proposal) throw new AppError("NOT_FOUND", "Dieses Angebot gibt es nicht mehr.");
    if (proposal.status !== "ACCEPTED") {
      throw new AppError("CONFLICT", "Rechnungen entstehen aus einem angenommenen Angebot.", { field: "proposalId" });
    }
    const snapshot = parseProposalSnapshot(proposal.snapshot, `Proposal ${proposal.id}`);
    const full = proposalLines(snapshot);
    let lines: DraftLine[] = full;
    let title = `Rechnung «${snapshot.title}»`;
    if (input.share === "DEPOSIT") {
      const percent = input.depositPercent ?? 50;
      lines = [
        {
          description: `Anzahlung ${percent} % gemäss Angebot ${snapshot.reference}, Version ${snapshot.version}`,
          quantityHundredths: 100,
          unit: "",
          unitPriceCents: depositNetCents(proposal.netCents, percent),
        },
      ];
      title = `Anzahlung «${snapshot.title}»`;
    } else if (input.share === "REST") {
      const deposits = await tx.invoice.findMany({
        where: { proposalId: proposal.id, kind: "INVOICE", status: "ISSUED" },
        orderBy: { number: "asc" },
        select: { number: true, netCents: true },
      });
      lines = [
        ...full,
        ...deposits.map((deposit) => ({
          description: `Abzüglich Rechnung ${deposit.number}`,
          quantityHundredths: 100,
          unit: "",
          unitPriceCents: -deposit.netCents,
        })),
      ];
      title = `Schlussrechnung «${snapshot.title}»`;
    }
    const inquiry = proposal.inquiry;
    const profileText = (await tx.businessProfile.findUnique({ where: { id: 1 }, select: { invoiceText: true } }))
      ?.invoiceText;
    const invoice = await writeDraft(
      tx,
      {
        inquiryId: inquiry.id,
        proposalId: proposal.id,
        title,
        introText: profileText ?? "",
        serviceDates: await courseDatesOf(tx, inquiry.id),
        buyerName: inquiry.organisationName,
        buyerDepartment: inquiry.department ?? "",
        buyerContact: inquiry.contactName,
        buyerEmail: inquiry.email,
        purchaseOrderRef: snapshot.price.purchaseOrderRef ?? "",
        costCentre: snapshot.price.costCentre ?? "",
      },
      lines,
      now,
    );
    await recordAudit(tx, actor, {
      action: "invoice.draft-created",
      entityType: "Invoice",
      entityId: invoice.id,
      data: { proposalId: proposal.id, share: input.share },
    });
    return { invoiceId: invoice.id };
  });
}

function draftFields(input: InvoiceDraftInput) {
  const { lines: _lines, ...fields } = input;
  return fields;
}

function draftLines(input: InvoiceDraftInput): DraftLine[] {
  return input.lines.map((line) => ({
    description: line.description,
    quantityHundredths: line.quantity,
    unit: line.unit,
    unitPriceCents: line.unitPrice,
  }));
}

/** A free invoice, e.g. a follow-up session, optionally tied to an inquiry. */
export async function createFreeInvoice(
  db: Database,
  actor: Actor,
  input: InvoiceDraftInput & { inquiryId?: string },
  now = new Date(),
): Promise<{ invoiceId: string }> {
  return inTransaction(db, async (tx) => {
    const invoice = await writeDraft(
      tx,
      { ...draftFields(input), inquiryId: input.inquiryId ?? null },
      draftLines(input),
      now,
    );
    await recordAudit(tx, actor, { action: "invoice.draft-created", entityType: "Invoice", entityId: invoice.id });
    return { invoiceId: invoice.id };
  });
}

export async function updateInvoiceDraft(
  db: Database,
  actor: Actor,
  input: UpdateInvoiceDraftInput,
  now = new Date(),
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const invoice = await lockInvoice(tx, input.invoiceId);
    if (invoice.status !== "DRAFT") throw new AppError("CONFLICT", ISSUED_IMMUTABLE_MESSAGE);
    const { invoiceId: _id, ...rest } = input;
    const { totals, rows } = pricedLines(draftLines(rest), await currentRate(tx, now));
    await tx.invoiceLine.deleteMany({ where: { invoiceId: invoice.id } });
    await tx.invoice.update({
      where: { id: invoice.id },
      data: { ...draftFields(rest), ...totalsData(totals), lines: { create: rows } },
    });
    await recordAudit(tx, actor, { action: "invoice.draft-updated", entityType: "Invoice", entityId: invoice.id });
  });
}

/** The next number of the year: one upsert on the counter row, whose lock holds until commit. */
async function nextNumber(tx: Tx, kind: InvoiceKind, now: Date): Promise<string> {
  const scope = numberScope(kind, zurichYear(now));
  return formatInvoiceNumber(scope, await nextSequenceValue(tx, scope));
}

/**
 * Issues a draft: the profile must be complete; the VAT rate of the issue date applies to every
 * line (a credit note keeps its invoice's); the number is drawn from the year's counter in this
 * transaction, so a rolled-back issue leaves no gap; the mail with the PDF goes to the outbox.
 */
export async function issueInvoice(
  db: Database,
  actor: Actor,
  input: { invoiceId: string },
  now = new Date(),
): Promise<{ number: string }> {
  return inTransaction(db, (tx) => issueDraft(tx, actor, input.invoiceId, now));
}

/** Issues a draft inside the caller's transaction (issuing, or creating and issuing a credit note). */
async function issueDraft(tx: Tx, actor: Actor, invoiceId: string, now: Date): Promise<{ number: string }> {
  const invoice = await lockInvoice(tx, invoiceId);
  if (invoice.status !== "DRAFT") throw new AppError("CONFLICT", "Diese Rechnung ist bereits ausgestellt.");
  const profile = await assertProfileCompleteForInvoicing(tx);
  if (!invoice.buyerStreet || !invoice.buyerPostcode || !invoice.buyerCity) {
    throw new AppError("VALIDATION", "Bitte ergänzen Sie die Rechnungsadresse (Strasse, Postleitzahl, Ort).", {
      field: "buyerStreet",
    });
  }
  if (invoice.lines.length === 0) {
    throw new AppError("VALIDATION", "Bitte mindestens eine Position angeben.", { field: "lines" });
  }
  const issueDate = zurichDate(now);
  let rate: number;
  if (invoice.kind === "CREDIT_NOTE") {
    rate = invoice.lines[0]!.vatRateBasisPoints;
  } else if (profile.vatRegistered) {
    const onDate = vatRateOn(profile.vatRates, issueDate);
    if (onDate === null) {
      throw new AppError("VALIDATION", `Für den ${formatDate(now)} ist kein MWST-Satz erfasst (Einstellungen).`);
    }
    rate = onDate;
  } else {
    rate = 0;
  }
  const { totals, rows } = pricedLines(invoice.lines, rate);
  if (invoice.kind === "INVOICE" && totals.payableCents <= 0) {
    throw new AppError("VALIDATION", "Der Rechnungsbetrag muss grösser als null sein.", { field: "lines" });
  }
  if (invoice.kind === "CREDIT_NOTE" && invoice.creditedInvoiceId) {
    await assertCreditWithinOpen(tx, invoice.creditedInvoiceId, totals.payableCents, "amount");
  }
  const number = await nextNumber(tx, invoice.kind, now);
  const paymentReference =
    invoice.kind === "INVOICE"
      ? profile.referenceType === "QRR"
        ? qrReferenceFor(number)
        : scorReferenceFor(number)
      : null;
  // Lines are rewritten at the issue date's rate while the invoice is still a draft: the guard
  // refuses any line change once it is issued.
  await tx.invoiceLine.deleteMany({ where: { invoiceId: invoice.id } });
  await tx.invoiceLine.createMany({ data: rows.map((row) => ({ ...row, invoiceId: invoice.id })) });
  await tx.invoice.update({
    where: { id: invoice.id },
    data: {
      status: "ISSUED",
      number,
      paymentReference,
      issueDate: toDate(issueDate),
      dueDate: invoice.kind === "INVOICE" ? toDate(addDays(issueDate, profile.paymentTermDays)) : null,
      seller: sellerFromProfile(profile) as Prisma.InputJsonObject,
      issuedAt: now,
      issuedById: actor.kind === "user" ? actor.id : null,
      ...totalsData(totals),
    },
  });
  await notifyInvoiceIssued(tx, { invoiceId: invoice.id, now });
  await recordAudit(tx, actor, {
    action: "invoice.issued",
    entityType: "Invoice",
    entityId: invoice.id,
    data: { number, payableCents: totals.payableCents },
  });
  return { number };
}

/**
 * Credits never exceed what is open on the invoice (so never its total): checked under the
 * invoice's lock when a credit note is created and again when it is issued (decision 0030).
 */
async function assertCreditWithinOpen(tx: Tx, invoiceId: string, creditCents: number, field: string) {
  await lockInvoice(tx, invoiceId);
  const { openCents } = await balanceFor(tx, invoiceId);
  if (creditCents <= 0) {
    throw new AppError("VALIDATION", "Die Gutschrift muss grösser als null sein.", { field });
  }
  if (creditCents > openCents) {
    throw new AppError(
      "VALIDATION",
      `Die Gutschrift (${formatChf(creditCents)}) ist höher als der offene Betrag der Rechnung (${formatChf(openCents)}).`,
      { field },
    );
  }
}

/**
 * Corrects an issued invoice by a credit note that references it, created and issued in one
 * transaction with its own number: over the whole open amount (the invoice's own lines while
 * nothing was paid or credited), over chosen lines, or over an amount incl. VAT, always at the
 * invoice's rate and never above what is open (decision 0030).
 */
export async function createCreditNote(
  db: Database,
  actor: Actor,
  input: CreditNoteInput,
  now = new Date(),
): Promise<{ invoiceId: string; number: string }> {
  return inTransaction(db, async (tx) => {
    const invoice = await lockInvoice(tx, input.invoiceId);
    if (invoice.kind !== "INVOICE" || invoice.status !== "ISSUED") {
      throw new AppError("CONFLICT", "Gutschriften gibt es nur zu ausgestellten Rechnungen.");
    }
    const state = await balanceFor(tx, invoice.id);
    if (state.openCents === 0) {
      throw new AppError("CONFLICT", "Diese Rechnung ist bezahlt oder bereits gutgeschrieben.", { field: "reason" });
    }
    const rate = invoice.lines[0]?.vatRateBasisPoints ?? 0;
    const scope = input.scope ?? "FULL";
    const field = scope === "LINES" ? "positions" : "amount";
    let lines: DraftLine[];
    if (scope === "LINES") {
      const chosen = new Set(input.positions ?? []);
      lines = invoice.lines.filter((line) => chosen.has(line.position));
      if (lines.length === 0) {
        throw new AppError("VALIDATION", "Bitte mindestens eine Position wählen.", { field });
      }
    } else if (scope === "FULL" && state.paidCents === 0 && state.creditedCents === 0) {
      lines = invoice.lines;
    } else {
      const gross = scope === "AMOUNT" ? (input.amount ?? 0) : state.openCents;
      const net = creditNetForGross(gross, rate);
      if (net === null) {
        throw new AppError("VALIDATION", "Bitte einen Betrag in ganzen 5 Rappen angeben, z. B. 500.05.", { field });
      }
      lines = [
        {
          description: `Gutschrift auf Rechnung ${invoice.number}`,
          quantityHundredths: 100,
          unit: "",
          unitPriceCents: net,
        },
      ];
    }
    const { totals, rows } = pricedLines(lines, rate);
    await assertCreditWithinOpen(tx, invoice.id, totals.payableCents, field);
    const credit = await tx.invoice.create({
      data: {
        kind: "CREDIT_NOTE",
        creditedInvoiceId: invoice.id,
        inquiryId: invoice.inquiryId,
        proposalId: invoice.proposalId,
        title: `Gutschrift zu Rechnung ${invoice.number}`,
        introText: input.reason,
        serviceDates: invoice.serviceDates,
        ...invoiceBuyer(invoice),
        ...totalsData(totals),
        lines: { create: rows },
      },
    });
    await recordAudit(tx, actor, {
      action: "invoice.credit-note-created",
      entityType: "Invoice",
      entityId: credit.id,
      data: { creditedInvoiceId: invoice.id, reason: input.reason, scope, payableCents: totals.payableCents },
    });
    const { number } = await issueDraft(tx, actor, credit.id, now);
    return { invoiceId: credit.id, number };
  });
}

/** Books a payment; part payments leave a balance, and more than is open is refused at the field. */
export async function recordPayment(db: Database, actor: Actor, input: PaymentInput): Promise<{ openCents: number }> {
  return inTransaction(db, (tx) => bookPayment(tx, actor, input));
}

/**
 * The booking itself, inside the caller's transaction (a bank file books all its payments in one):
 * locks the invoice, checks state, amount and date, writes the payment and its audit row.
 */
export async function bookPayment(
  tx: Tx,
  actor: Actor,
  input: PaymentInput & { bankEntryKey?: string },
): Promise<{ openCents: number; paymentId: string }> {
  const invoice = await lockInvoice(tx, input.invoiceId);
  if (invoice.kind !== "INVOICE" || invoice.status !== "ISSUED") {
    throw new AppError("CONFLICT", "Zahlungen werden nur auf ausgestellten Rechnungen gebucht.");
  }
  const before = await balanceFor(tx, invoice.id);
  if (input.amount > before.openCents) {
    throw new AppError("VALIDATION", "Der Betrag ist höher als der offene Betrag dieser Rechnung.", {
      field: "amount",
    });
  }
  if (invoice.issueDate && input.paidOn < dateKeyOf(invoice.issueDate)) {
    throw new AppError("VALIDATION", "Das Zahlungsdatum liegt vor dem Rechnungsdatum.", { field: "paidOn" });
  }
  const payment = await tx.invoicePayment.create({
    data: {
      invoiceId: invoice.id,
      paidOn: toDate(input.paidOn),
      amountCents: input.amount,
      note: input.note,
      bankEntryKey: input.bankEntryKey ?? null,
      recordedById: actor.kind === "user" ? actor.id : null,
    },
  });
  await recordAudit(tx, actor, {
    action: "invoice.payment-recorded",
    entityType: "Invoice",
    entityId: invoice.id,
    data: {
      paymentId: payment.id,
      amountCents: input.amount,
      ...(input.bankEntryKey ? { bankEntryKey: input.bankEntryKey } : {}),
    },
  });
  return { openCents: before.openCents - input.amount, paymentId: payment.id };
}

export * from "./service-reminders";
