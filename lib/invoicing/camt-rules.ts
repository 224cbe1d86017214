// The bank's camt.054 (debit/credit notification) and camt.053 (statement) files, ISO 20022, as
// Swiss banks send them (SIX Swiss Payment Standards): read into one list of credit transfers,
// each with its payment reference and a key that names it across imports, then sorted into the
// ones that pay an open invoice, the ones already booked and the rest. Pure: no database, no
// clock (decision 0029).
import { XMLParser, XMLValidator } from "fast-xml-parser";

import { formatChf, formatDate } from "@/lib/format";

/** One credit transfer (a TxDtls, or an entry without details) as the bank reports it. */
export type CamtTransaction = {
  /** 1-based position in the file, for the preview. */
  position: number;
  /** Names the transaction across imports: account, bank reference, amount and date. */
  key: string;
  /** The structured reference without spaces, upper case (QR reference or RF creditor reference). */
  reference: string | null;
  referenceType: "QRR" | "SCOR" | null;
  /** Null when the amount cannot be read as a CHF-like amount with at most two decimals. */
  amountCents: number | null;
  currency: string;
  credit: boolean;
  /** Booked (status BOOK or none), not pending or informational. */
  booked: boolean;
  reversal: boolean;
  /** Value date, else booking date, as YYYY-MM-DD (empty when neither is given). */
  date: string;
  debtorName: string;
  /** Unstructured or additional remittance text. */
  remittance: string;
};

export type CamtFile = {
  kind: "camt.053" | "camt.054";
  /** The accounts the file reports on (IBANs, compact, upper case). */
  accounts: string[];
  transactions: CamtTransaction[];
};

export type CamtParseResult = { ok: true; file: CamtFile } | { ok: false; message: string };

export const CAMT_NOT_XML =
  "Die Datei ist kein XML. Bitte laden Sie die camt.054- oder camt.053-Datei Ihrer Bank hoch.";
export const CAMT_NOT_CAMT =
  "Die Datei ist keine camt.054- oder camt.053-Datei (ISO 20022). Bitte laden Sie die Gutschriftsanzeige oder den Kontoauszug Ihrer Bank als XML hoch.";
export const CAMT_EMPTY = "Die Datei ist leer.";
export const CAMT_NO_ACCOUNT = "Die Datei nennt kein Konto (IBAN); so kann sie keinem Konto zugeordnet werden.";

const ARRAYS = new Set(["Ntfctn", "Stmt", "Ntry", "NtryDtls", "TxDtls", "Strd", "Ustrd", "CdtrRefInf"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, unknown>;

const asNode = (value: unknown): Node | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Node) : undefined;
const asList = (value: unknown): Node[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((item: unknown) => {
    const node = asNode(item);
    return node ? [node] : [];
  });

/** The node at a path of element names, or undefined. */
function at(node: unknown, ...names: string[]): unknown {
  let current: unknown = node;
  for (const name of names) {
    const here = asNode(Array.isArray(current) ? current[0] : current);
    if (!here) return undefined;
    current = here[name];
  }
  return Array.isArray(current) ? current[0] : current;
}

/** An element's text, whether it carries attributes or not. */
function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  const node = asNode(value);
  return node && typeof node["#text"] === "string" ? node["#text"].trim() : "";
}

const compact = (value: string) => value.replace(/\s+/g, "").toUpperCase();

/** "5383.40" -> 538340; more than two non-zero decimals or anything else -> null. Never a float. */
export function amountToCents(value: string): number | null {
  const match = /^(\d{1,12})(?:\.(\d{1,5}))?$/.exec(value.trim());
  if (!match) return null;
  const decimals = (match[2] ?? "").padEnd(5, "0");
  if (!/^\d\d000$/.test(decimals)) return null;
  return Number(match[1]) * 100 + Number(decimals.slice(0, 2));
}

/** A date element (<Dt> or <DtTm>) as YYYY-MM-DD. */
function dateOf(node: unknown): string {
  const day = text(at(node, "Dt")) || text(at(node, "DtTm")).slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : "";
}

/** A status as <Sts>BOOK</Sts> (up to version 04) or <Sts><Cd>BOOK</Cd></Sts> (from 08). */
function statusOf(entry: Node): string {
  return (text(at(entry, "Sts", "Cd")) || text(at(entry, "Sts"))).toUpperCase();
}

function structuredReference(transaction: Node): { reference: string; type: "QRR" | "SCOR" | null } | null {
  for (const structured of asList(asNode(at(transaction, "RmtInf"))?.Strd)) {
    for (const info of asList(structured.CdtrRefInf)) {
      const reference = compact(text(at(info, "Ref")));
      if (!reference) continue;
      const code = (
        text(at(info, "Tp", "CdOrPrtry", "Prtry")) || text(at(info, "Tp", "CdOrPrtry", "Cd"))
      ).toUpperCase();
      const type =
        code === "QRR" || code === "SCOR"
          ? code
          : reference.startsWith("RF")
            ? "SCOR"
            : /^\d{27}$/.test(reference)
              ? "QRR"
              : null;
      return { reference, type };
    }
  }
  return null;
}

function remittanceOf(transaction: Node): string {
  const remittance = asNode(at(transaction, "RmtInf"));
  if (!remittance) return "";
  const parts = [
    ...asList(remittance.Strd).flatMap((structured) => {
      const additional = structured.AddtlRmtInf;
      return (Array.isArray(additional) ? additional : [additional]).map(text);
    }),
    ...(Array.isArray(remittance.Ustrd) ? remittance.Ustrd : [remittance.Ustrd]).map(text),
  ];
  return parts.filter(Boolean).join(" ");
}

function debtorOf(transaction: Node): string {
  // Version 08 nests the party (Dbtr/Pty/Nm), older versions do not (Dbtr/Nm).
  return text(at(transaction, "RltdPties", "Dbtr", "Pty", "Nm")) || text(at(transaction, "RltdPties", "Dbtr", "Nm"));
}

type Draft = Omit<CamtTransaction, "position" | "key"> & { bankReference: string };

function transactionsOf(entry: Node): Draft[] {
  const credit = text(at(entry, "CdtDbtInd")).toUpperCase() === "CRDT";
  const status = statusOf(entry);
  const booked = status === "" || status === "BOOK";
  const reversal = text(at(entry, "RvslInd")).toLowerCase() === "true";
  const date = dateOf(at(entry, "ValDt")) || dateOf(at(entry, "BookgDt"));
  const entryReference = text(at(entry, "AcctSvcrRef")) || text(at(entry, "NtryRef"));
  const details = asList(entry.NtryDtls).flatMap((group) => asList(group.TxDtls));
  const entryAmount = at(entry, "Amt");
  const from = (transaction: Node | null, index: number): Draft => {
    const amountNode = transaction
      ? (at(transaction, "Amt") ??
        at(transaction, "AmtDtls", "TxAmt", "Amt") ??
        (details.length === 1 ? entryAmount : undefined))
      : entryAmount;
    const reference = transaction ? structuredReference(transaction) : null;
    const ownReference = transaction ? text(at(transaction, "Refs", "AcctSvcrRef")) : "";
    const indicator = transaction ? text(at(transaction, "CdtDbtInd")).toUpperCase() : "";
    return {
      reference: reference?.reference ?? null,
      referenceType: reference?.type ?? null,
      amountCents: amountToCents(text(amountNode)),
      currency: (asNode(amountNode)?.["@_Ccy"] as string | undefined)?.toUpperCase() ?? "",
      credit: indicator ? indicator === "CRDT" : credit,
      booked,
      reversal,
      date,
      debtorName: transaction ? debtorOf(transaction) : "",
      remittance: transaction ? remittanceOf(transaction) : "",
      bankReference: ownReference ? `tx:${ownReference}` : entryReference ? `ntry:${entryReference}:${index + 1}` : "",
    };
  };
  return details.length > 0 ? details.map(from) : [from(null, 0)];
}

/**
 * The key a transaction keeps across imports (and across a camt.054 and the camt.053 reporting the
 * same booking, where the bank gives both the same reference): the account, the bank's reference
 * of the transaction (else of the entry and the position in it), the amount and the date. Without
 * any bank reference the payment reference stands in, numbered within the file so two equal
 * payments on one day stay two.
 */
function withKeys(account: string, drafts: readonly Draft[], start: number): CamtTransaction[] {
  const seen = new Map<string, number>();
  return drafts.map(({ bankReference, ...draft }, index) => {
    let base = `${account}|${bankReference || `ref:${draft.reference ?? ""}`}|${draft.amountCents ?? "?"}|${draft.date}`;
    if (!bankReference) {
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      base = `${base}|${count}`;
    }
    return { ...draft, position: start + index, key: base };
  });
}

/** Control characters no XML file carries: a binary file (PDF, Excel) read as text. */
export function isBinaryText(text: string): boolean {
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
}

/** Reads a camt.054 or camt.053 file; a German message for a file that is neither. */
export function parseCamt(xml: string): CamtParseResult {
  const source = xml.replace(/^\uFEFF/, "").trim();
  if (!source) return { ok: false, message: CAMT_EMPTY };
  if (isBinaryText(source)) return { ok: false, message: CAMT_NOT_XML };
  if (!source.startsWith("<") || XMLValidator.validate(source) !== true) return { ok: false, message: CAMT_NOT_XML };
  // A bank file has no document type; one with entities could only be an attempt at expansion.
  if (/<!DOCTYPE/i.test(source)) return { ok: false, message: CAMT_NOT_CAMT };
  let document: Node | undefined;
  try {
    document = asNode(asNode(parser.parse(source))?.Document);
  } catch {
    return { ok: false, message: CAMT_NOT_XML };
  }
  const notification = asNode(document?.BkToCstmrDbtCdtNtfctn);
  const statement = asNode(document?.BkToCstmrStmt);
  const kind = notification ? "camt.054" : statement ? "camt.053" : null;
  if (!kind) return { ok: false, message: CAMT_NOT_CAMT };
  const reports = kind === "camt.054" ? asList(notification!.Ntfctn) : asList(statement!.Stmt);
  if (reports.length === 0) return { ok: false, message: CAMT_NOT_CAMT };

  const accounts: string[] = [];
  const transactions: CamtTransaction[] = [];
  for (const report of reports) {
    const account = compact(text(at(report, "Acct", "Id", "IBAN")));
    if (!account) return { ok: false, message: CAMT_NO_ACCOUNT };
    if (!accounts.includes(account)) accounts.push(account);
    const drafts = asList(report.Ntry).flatMap(transactionsOf);
    transactions.push(...withKeys(account, drafts, transactions.length + 1));
  }
  return { ok: true, file: { kind, accounts, transactions } };
}

/** The accounts of the file that are not the business's own (compact IBANs), for the error. */
export function foreignAccounts(file: CamtFile, ownIbans: readonly string[]): string[] {
  const own = new Set(ownIbans.map(compact).filter(Boolean));
  return file.accounts.filter((account) => !own.has(account));
}

export function foreignAccountMessage(accounts: readonly string[]): string {
  return `Die Datei gehört zu einem anderen Konto (${accounts.join(", ")}) als dem in den Einstellungen hinterlegten. Es wurde nichts gebucht.`;
}

/** An issued invoice a reference may pay, with what is still open on it. */
export type PayableInvoice = {
  id: string;
  number: string;
  paymentReference: string;
  openCents: number;
  /** YYYY-MM-DD */
  issueDate: string;
  /** Paid or credited: nothing open any more. */
  settled: "PAID" | "CREDITED" | null;
  /** Payments typed by hand (no bank key): the same amount on the same day is taken as this one. */
  manualPayments: readonly { amountCents: number; date: string }[];
};

export type CamtRowStatus = "MATCHED" | "DUPLICATE" | "UNMATCHED";

export type CamtRow = {
  transaction: CamtTransaction;
  status: CamtRowStatus;
  /** Why a row is not booked, in German. */
  reason: string;
  invoice: { id: string; number: string } | null;
};

/**
 * Sorts the transactions: a credit in CHF whose reference is an issued invoice's, for no more than
 * is still open on it (several in one file count together), is MATCHED; one whose key is already
 * booked, that appears twice in the file, or that equals a payment typed by hand on the invoice
 * (amount and day), is a DUPLICATE; anything else is UNMATCHED with the
 * reason, for booking by hand.
 */
export function classifyCamt(
  transactions: readonly CamtTransaction[],
  invoices: readonly PayableInvoice[],
  bookedKeys: ReadonlySet<string>,
): CamtRow[] {
  const byReference = new Map(invoices.map((invoice) => [compact(invoice.paymentReference), invoice]));
  const open = new Map(invoices.map((invoice) => [invoice.id, invoice.openCents]));
  const keysInFile = new Set<string>();
  const manual = new Map(invoices.map((invoice) => [invoice.id, [...invoice.manualPayments]]));
  return transactions.map((transaction) => {
    const row = (status: CamtRowStatus, reason: string, invoice: PayableInvoice | null = null): CamtRow => ({
      transaction,
      status,
      reason,
      invoice: invoice ? { id: invoice.id, number: invoice.number } : null,
    });
    if (bookedKeys.has(transaction.key)) return row("DUPLICATE", "Bereits gebucht (aus einer früheren Datei).");
    if (keysInFile.has(transaction.key)) return row("DUPLICATE", "Steht doppelt in dieser Datei.");
    keysInFile.add(transaction.key);
    if (!transaction.credit) return row("UNMATCHED", "Belastung, keine Zahlung an Sie.");
    if (transaction.reversal) return row("UNMATCHED", "Stornobuchung der Bank.");
    if (!transaction.booked) return row("UNMATCHED", "Von der Bank noch nicht gebucht.");
    if (transaction.amountCents === null || transaction.amountCents <= 0) {
      return row("UNMATCHED", "Betrag nicht lesbar.");
    }
    if (transaction.currency !== "CHF") return row("UNMATCHED", `Andere Währung (${transaction.currency || "keine"}).`);
    if (!transaction.date) return row("UNMATCHED", "Ohne Buchungs- oder Valutadatum.");
    if (!transaction.reference) return row("UNMATCHED", "Ohne QR- oder Creditor-Referenz.");
    const invoice = byReference.get(transaction.reference);
    if (!invoice) return row("UNMATCHED", "Die Referenz gehört zu keiner ausgestellten Rechnung.");
    const typed = manual.get(invoice.id)!;
    const sameByHand = typed.findIndex(
      (payment) => payment.amountCents === transaction.amountCents && payment.date === transaction.date,
    );
    if (sameByHand >= 0) {
      typed.splice(sameByHand, 1);
      return row(
        "DUPLICATE",
        `Wohl schon von Hand bei ${invoice.number} erfasst (gleicher Betrag, gleicher Tag).`,
        invoice,
      );
    }
    if (invoice.settled === "CREDITED") {
      return row("UNMATCHED", `Rechnung ${invoice.number} ist gutgeschrieben.`, invoice);
    }
    const openCents = open.get(invoice.id) ?? 0;
    if (openCents === 0) return row("UNMATCHED", `Rechnung ${invoice.number} ist bereits bezahlt.`, invoice);
    if (transaction.amountCents > openCents) {
      return row(
        "UNMATCHED",
        `Betrag höher als der offene Betrag von Rechnung ${invoice.number} (${formatChf(openCents)}).`,
        invoice,
      );
    }
    if (transaction.date < invoice.issueDate) {
      return row(
        "UNMATCHED",
        `Zahlung vor dem Rechnungsdatum von ${invoice.number} (${formatDate(new Date(`${invoice.issueDate}T12:00:00Z`))}).`,
        invoice,
      );
    }
    open.set(invoice.id, openCents - transaction.amountCents);
    return row("MATCHED", "", invoice);
  });
}

export type CamtSummary = { matched: number; matchedCents: number; duplicates: number; unmatched: number };

/** What a file would book (the preview) and, once confirmed, what it booked. */
export type CamtPreview = { kind: CamtFile["kind"]; accounts: string[]; rows: CamtRow[]; summary: CamtSummary };
export type CamtBooking = CamtPreview & { booked: number; bookedCents: number };

/** The counts and the booked sum the preview and the confirmation state. */
export function camtSummary(rows: readonly CamtRow[]): CamtSummary {
  const of = (status: CamtRowStatus) => rows.filter((row) => row.status === status);
  const matched = of("MATCHED");
  return {
    matched: matched.length,
    matchedCents: matched.reduce((sum, row) => sum + (row.transaction.amountCents ?? 0), 0),
    duplicates: of("DUPLICATE").length,
    unmatched: of("UNMATCHED").length,
  };
}
