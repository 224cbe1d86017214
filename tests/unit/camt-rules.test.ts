import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import {
  amountToCents,
  CAMT_EMPTY,
  CAMT_NO_ACCOUNT,
  CAMT_NOT_CAMT,
  CAMT_NOT_XML,
  camtSummary,
  classifyCamt,
  foreignAccounts,
  parseCamt,
  type CamtFile,
  type PayableInvoice,
} from "@/lib/invoicing/camt-rules";

import { camt054 } from "../setup/camt-fixtures";

const fixture = (name: string) => readFileSync(path.join("tests/fixtures/camt", name), "utf8");

function parsed(xml: string): CamtFile {
  const result = parseCamt(xml);
  if (!result.ok) throw new Error(result.message);
  return result.file;
}

const QRR = "000000000000000000202600076";
const SCOR = "RF45RE20260008";

const invoice7: PayableInvoice = {
  id: "inv-7",
  number: "RE-2026-0007",
  paymentReference: QRR,
  openCents: 538_340,
  issueDate: "2026-12-07",
  settled: null,
  manualPayments: [],
};
const invoice8: PayableInvoice = {
  id: "inv-8",
  number: "RE-2026-0008",
  paymentReference: SCOR,
  openCents: 120_000,
  issueDate: "2026-12-07",
  settled: null,
  manualPayments: [],
};

describe("reading a camt.054 notification", () => {
  const file = parsed(fixture("camt054-qr-payments.xml"));

  it("knows the kind and the account", () => {
    expect(file.kind).toBe("camt.054");
    expect(file.accounts).toEqual(["CH4431999123000889012"]);
  });

  it("splits a batch entry into its transactions with reference, amount, value date and debtor", () => {
    expect(file.transactions).toHaveLength(6);
    const [qr, scor] = file.transactions;
    expect(qr).toMatchObject({
      position: 1,
      reference: QRR,
      referenceType: "QRR",
      amountCents: 538_340,
      currency: "CHF",
      credit: true,
      booked: true,
      reversal: false,
      date: "2026-12-21",
      debtorName: "Bundesamt für Rechnungsprüfung",
      remittance: "Rechnung RE-2026-0007, Bestellung BR-4500987654",
      key: "CH4431999123000889012|tx:261220CH0A1B2C3D-1|538340|2026-12-21",
    });
    // The creditor reference as the bank may print it, in groups: compacted.
    expect(scor).toMatchObject({ reference: SCOR, referenceType: "SCOR", amountCents: 50_000 });
  });

  it("keeps debits, pending credits, foreign currencies and unstructured credits apart", () => {
    const [, , debit, pending, euro, unstructured] = file.transactions;
    expect(debit).toMatchObject({ credit: false, amountCents: 3_500, reference: null });
    expect(pending).toMatchObject({ booked: false, reference: QRR });
    expect(euro).toMatchObject({ currency: "EUR", amountCents: 25_000 });
    expect(unstructured).toMatchObject({ reference: null, remittance: "Kurs Zuhören, Rechnung vom 1.12." });
  });
});

describe("reading a camt.053 statement", () => {
  const file = parsed(fixture("camt053-statement.xml"));

  it("reads the entries of the statement, not its balances", () => {
    expect(file.kind).toBe("camt.053");
    expect(file.accounts).toEqual(["CH9300762011623852957"]);
    expect(file.transactions).toHaveLength(1);
    expect(file.transactions[0]).toMatchObject({
      reference: SCOR,
      referenceType: "SCOR",
      amountCents: 50_000,
      date: "2026-12-28",
      debtorName: "Kirchgemeinde Muri-Gümligen",
    });
  });

  it("names a transaction without its own bank reference by the entry's reference and position", () => {
    expect(file.transactions[0]!.key).toBe("CH9300762011623852957|ntry:20261228-0042:1|50000|2026-12-28");
  });
});

describe("files that are not bank files", () => {
  it.each([
    ["", CAMT_EMPTY],
    ["   \n", CAMT_EMPTY],
    [fixture("kontoauszug.csv"), CAMT_NOT_XML],
    ["%PDF-1.7\n%âãÏÓ", CAMT_NOT_XML],
    ["<\u0000D\u0000o\u0000c", CAMT_NOT_XML],
    ["<Document><BkToCstmrStmt>", CAMT_NOT_XML],
    [fixture("pain001-not-camt.xml"), CAMT_NOT_CAMT],
    ["<html><body>Anmelden</body></html>", CAMT_NOT_CAMT],
    [
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><Document><BkToCstmrStmt><Stmt/></BkToCstmrStmt></Document>',
      CAMT_NOT_CAMT,
    ],
    ["<Document><BkToCstmrDbtCdtNtfctn><GrpHdr/></BkToCstmrDbtCdtNtfctn></Document>", CAMT_NOT_CAMT],
    ["<Document><BkToCstmrStmt><Stmt><Id>1</Id></Stmt></BkToCstmrStmt></Document>", CAMT_NO_ACCOUNT],
  ])("refuses %j with a German message", (xml, message) => {
    expect(parseCamt(xml)).toEqual({ ok: false, message });
  });

  it("accepts a byte-order mark and a file without namespace prefix quirks", () => {
    expect(parseCamt(`\uFEFF${fixture("camt053-statement.xml")}`).ok).toBe(true);
  });
});

describe("amounts", () => {
  it.each([
    ["5383.40", 538_340],
    ["0.05", 5],
    ["12", 1_200],
    ["12.5", 1_250],
    ["1250.00000", 125_000],
    ["1250.001", null],
    ["-5.00", null],
    ["1'250.00", null],
    ["", null],
  ])("%s -> %s centimes", (text, cents) => {
    expect(amountToCents(text)).toBe(cents);
  });
});

describe("the account", () => {
  it("accepts the profile's IBAN however it is spaced, and names any other", () => {
    const file = parsed(fixture("camt054-qr-payments.xml"));
    expect(foreignAccounts(file, ["CH44 3199 9123 0008 8901 2"])).toEqual([]);
    expect(foreignAccounts(file, ["CH93 0076 2011 6238 5295 7"])).toEqual(["CH4431999123000889012"]);
  });
});

describe("matching", () => {
  const file = parsed(fixture("camt054-qr-payments.xml"));

  it("matches by QR and creditor reference and says why the rest is not booked", () => {
    const rows = classifyCamt(file.transactions, [invoice7, invoice8], new Set());
    expect(rows.map((row) => [row.status, row.invoice?.number ?? null, row.reason])).toEqual([
      ["MATCHED", "RE-2026-0007", ""],
      ["MATCHED", "RE-2026-0008", ""],
      ["UNMATCHED", null, "Belastung, keine Zahlung an Sie."],
      ["UNMATCHED", null, "Von der Bank noch nicht gebucht."],
      ["UNMATCHED", null, "Andere Währung (EUR)."],
      ["UNMATCHED", null, "Ohne QR- oder Creditor-Referenz."],
    ]);
    expect(camtSummary(rows)).toEqual({ matched: 2, matchedCents: 588_340, duplicates: 0, unmatched: 4 });
  });

  it("calls a transaction booked by an earlier import a duplicate", () => {
    const booked = new Set([file.transactions[0]!.key]);
    const rows = classifyCamt(file.transactions, [invoice7, invoice8], booked);
    expect(rows[0]).toMatchObject({ status: "DUPLICATE", reason: "Bereits gebucht (aus einer früheren Datei)." });
    expect(rows[1]!.status).toBe("MATCHED");
  });

  it("leaves a part payment's rest open and refuses what exceeds it, counting the file's own payments", () => {
    const credits = [
      { reference: SCOR, amountCents: 70_000, date: "2026-12-20", bankReference: "A1" },
      { reference: SCOR, amountCents: 50_000, date: "2026-12-21", bankReference: "A2" },
      { reference: SCOR, amountCents: 5, date: "2026-12-22", bankReference: "A3" },
    ];
    const rows = classifyCamt(parsed(camt054("CH4431999123000889012", credits)).transactions, [invoice8], new Set());
    expect(rows.map((row) => row.status)).toEqual(["MATCHED", "MATCHED", "UNMATCHED"]);
    expect(rows[2]!.reason).toBe("Rechnung RE-2026-0008 ist bereits bezahlt.");

    const over = classifyCamt(
      parsed(camt054("CH4431999123000889012", [{ ...credits[0]!, amountCents: 120_005 }])).transactions,
      [invoice8],
      new Set(),
    );
    expect(over[0]!.reason).toBe("Betrag höher als der offene Betrag von Rechnung RE-2026-0008 (CHF 1'200.00).");
  });

  it("books nothing on a credited invoice, an unknown reference or a payment before the invoice date", () => {
    const transactions = parsed(
      camt054("CH4431999123000889012", [
        { reference: QRR, amountCents: 100, date: "2026-12-20", bankReference: "B1" },
        { reference: "RF18539007547034", amountCents: 100, date: "2026-12-20", bankReference: "B2" },
        { reference: SCOR, amountCents: 100, date: "2026-12-06", bankReference: "B3" },
      ]),
    ).transactions;
    const rows = classifyCamt(transactions, [{ ...invoice7, openCents: 0, settled: "CREDITED" }, invoice8], new Set());
    expect(rows.map((row) => row.reason)).toEqual([
      "Rechnung RE-2026-0007 ist gutgeschrieben.",
      "Die Referenz gehört zu keiner ausgestellten Rechnung.",
      "Zahlung vor dem Rechnungsdatum von RE-2026-0008 (07.12.2026).",
    ]);
  });

  it("takes a payment typed by hand with the same amount on the same day for this one", () => {
    const credits = [
      { reference: SCOR, amountCents: 50_000, date: "2026-12-20", bankReference: "D1" },
      { reference: SCOR, amountCents: 50_000, date: "2026-12-20", bankReference: "D2" },
      { reference: SCOR, amountCents: 20_000, date: "2026-12-21", bankReference: "D3" },
    ];
    const typed = { ...invoice8, openCents: 70_000, manualPayments: [{ amountCents: 50_000, date: "2026-12-20" }] };
    const rows = classifyCamt(parsed(camt054("CH4431999123000889012", credits)).transactions, [typed], new Set());
    expect(rows.map((row) => [row.status, row.reason])).toEqual([
      ["DUPLICATE", "Wohl schon von Hand bei RE-2026-0008 erfasst (gleicher Betrag, gleicher Tag)."],
      ["MATCHED", ""],
      ["MATCHED", ""],
    ]);
  });

  it("calls the same bank transaction twice in one file a duplicate, two equal payments without bank reference two", () => {
    const twice = { reference: SCOR, amountCents: 100, date: "2026-12-20", bankReference: "C1" };
    const rows = classifyCamt(
      parsed(camt054("CH4431999123000889012", [twice, twice])).transactions,
      [invoice8],
      new Set(),
    );
    expect(rows.map((row) => row.status)).toEqual(["MATCHED", "DUPLICATE"]);

    const bare = `<Document><BkToCstmrDbtCdtNtfctn><Ntfctn><Acct><Id><IBAN>CH4431999123000889012</IBAN></Id></Acct>${`<Ntry><Amt Ccy="CHF">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><ValDt><Dt>2026-12-20</Dt></ValDt><NtryDtls><TxDtls><RmtInf><Strd><CdtrRefInf><Ref>${SCOR}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>`.repeat(2)}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>`;
    const bareFile = parsed(bare);
    expect(bareFile.transactions.map((transaction) => transaction.key)).toEqual([
      `CH4431999123000889012|ref:${SCOR}|100|2026-12-20|1`,
      `CH4431999123000889012|ref:${SCOR}|100|2026-12-20|2`,
    ]);
    expect(bareFile.transactions[0]!.referenceType).toBe("SCOR");
    expect(classifyCamt(bareFile.transactions, [invoice8], new Set()).map((row) => row.status)).toEqual([
      "MATCHED",
      "MATCHED",
    ]);
  });
});
