// Bank files (camt.054 notifications, camt.053 statements): a preview of what they would book, and
// the booking of the matched payments in one transaction through bookPayment. Each booked payment
// keeps its bank entry's key (unique in the database), so a file imported twice, or confirmed twice
// at once, books each payment once (decision 0029).
import { readBusinessProfile } from "@/lib/business-profile/queries";
import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";

import {
  camtSummary,
  classifyCamt,
  foreignAccountMessage,
  foreignAccounts,
  parseCamt,
  type CamtBooking,
  type CamtFile,
  type CamtPreview,
  type PayableInvoice,
} from "./camt-rules";
import { balanceOf } from "./rules";
import type { CamtImportInput } from "./schemas";
import { bookPayment } from "./service";

const FILE_FIELD = "xml";

/** The file read and checked against the business's account(s); refused at the file field. */
async function readBankFile(db: Database | Tx, input: CamtImportInput): Promise<CamtFile> {
  const result = parseCamt(input.xml);
  if (!result.ok) throw new AppError("VALIDATION", result.message, { field: FILE_FIELD });
  const profile = await readBusinessProfile(db);
  // Invoices keep the account they were issued with: one sent before a change of bank is still
  // paid to the account printed on it.
  const issuedTo = await db.$queryRaw<{ iban: string }[]>`
    SELECT DISTINCT "seller"->>'iban' AS "iban" FROM "Invoice"
    WHERE "status" = 'ISSUED' AND "seller" IS NOT NULL`;
  const foreign = foreignAccounts(result.file, [profile.iban, ...issuedTo.map((row) => row.iban ?? "")]);
  if (foreign.length > 0) throw new AppError("VALIDATION", foreignAccountMessage(foreign), { field: FILE_FIELD });
  return result.file;
}

/** The issued invoices the file's references name, with what is open on each. */
async function payableInvoices(db: Database | Tx, file: CamtFile): Promise<PayableInvoice[]> {
  const references = [...new Set(file.transactions.flatMap((transaction) => transaction.reference ?? []))];
  if (references.length === 0) return [];
  const invoices = await db.invoice.findMany({
    where: { kind: "INVOICE", status: "ISSUED", paymentReference: { in: references } },
    select: {
      id: true,
      kind: true,
      status: true,
      number: true,
      paymentReference: true,
      payableCents: true,
      issueDate: true,
      payments: { select: { amountCents: true, paidOn: true, bankEntryKey: true } },
      creditNotes: { where: { status: "ISSUED" }, select: { payableCents: true } },
    },
    orderBy: { id: "asc" },
  });
  return invoices.map((invoice) => {
    const balance = balanceOf({ ...invoice, credits: invoice.creditNotes });
    return {
      id: invoice.id,
      number: invoice.number ?? "",
      paymentReference: invoice.paymentReference ?? "",
      openCents: balance.openCents,
      issueDate: invoice.issueDate ? invoice.issueDate.toISOString().slice(0, 10) : "",
      settled: balance.state === "PAID" ? "PAID" : balance.state === "CREDITED" ? "CREDITED" : null,
      manualPayments: invoice.payments
        .filter((payment) => payment.bankEntryKey === null)
        .map((payment) => ({ amountCents: payment.amountCents, date: payment.paidOn.toISOString().slice(0, 10) })),
    };
  });
}

async function bookedKeys(db: Database | Tx, file: CamtFile): Promise<Set<string>> {
  const keys = file.transactions.map((transaction) => transaction.key);
  const booked = await db.invoicePayment.findMany({
    where: { bankEntryKey: { in: keys } },
    select: { bankEntryKey: true },
  });
  return new Set(booked.flatMap((payment) => payment.bankEntryKey ?? []));
}

async function classify(db: Database | Tx, file: CamtFile): Promise<CamtPreview> {
  const rows = classifyCamt(file.transactions, await payableInvoices(db, file), await bookedKeys(db, file));
  return { kind: file.kind, accounts: file.accounts, rows, summary: camtSummary(rows) };
}

/** What the file would book: matched, unmatched and duplicate entries. Writes nothing. */
export async function previewCamtImport(db: Database, _actor: Actor, input: CamtImportInput): Promise<CamtPreview> {
  return classify(db, await readBankFile(db, input));
}

/**
 * Books the matched payments of the file, all or none. The invoices the file names are locked
 * first (in id order, so two imports cannot deadlock), then the file is classified again: a second
 * confirmation waits for the first and finds its payments booked. The unique key is the last guard.
 */
export async function bookCamtImport(db: Database, actor: Actor, input: CamtImportInput): Promise<CamtBooking> {
  const file = await readBankFile(db, input);
  try {
    return await inTransaction(db, async (tx) => {
      const candidates = await payableInvoices(tx, file);
      for (const invoice of candidates) {
        await tx.$queryRaw`SELECT "id" FROM "Invoice" WHERE "id" = ${invoice.id}::uuid FOR UPDATE`;
      }
      const preview = await classify(tx, file);
      let bookedCents = 0;
      const matched = preview.rows.filter((row) => row.status === "MATCHED");
      for (const row of matched) {
        const { transaction } = row;
        await bookPayment(tx, actor, {
          invoiceId: row.invoice!.id,
          paidOn: transaction.date,
          amount: transaction.amountCents!,
          note: paymentNote(file, transaction.debtorName),
          bankEntryKey: transaction.key,
        });
        bookedCents += transaction.amountCents!;
      }
      await recordAudit(tx, actor, {
        action: "invoice.camt-imported",
        entityType: "BankFile",
        data: {
          fileName: input.fileName,
          kind: file.kind,
          accounts: file.accounts,
          ...preview.summary,
          booked: matched.length,
        },
      });
      return { ...preview, booked: matched.length, bookedCents };
    });
  } catch (error) {
    if (isUniqueViolation(error, "bankEntryKey")) {
      throw new AppError(
        "CONFLICT",
        "Diese Datei wird gerade schon gebucht. Bitte laden Sie sie erneut hoch, um den Stand zu sehen.",
        { field: FILE_FIELD },
      );
    }
    throw error;
  }
}

function paymentNote(file: CamtFile, debtor: string): string {
  return [`Bankdatei ${file.kind}`, debtor].filter(Boolean).join(", ").slice(0, 300);
}
