// The bookkeeping export against PostgreSQL (decision 0030), byte by byte: UTF-8 with BOM,
// semicolons, CRLF, names with ; and " quoted, umlauts intact, dates dd.mm.yyyy, amounts 1250.00
// (credit notes negative), filtered by year, quarter or month; the route is for admins only. And the
// dashboard's open amount per client over the same invoices.
import { beforeAll, describe, expect, it, vi } from "vitest";

import { GET } from "@/app/api/admin/rechnungen/export/route";
import { getOpenAmountsByClient } from "@/lib/dashboard/admin-queries";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { csvAmount, exportPeriod, invoicesCsv, paymentsCsv } from "@/lib/invoicing/export";
import { createCreditNote, createFreeInvoice, issueInvoice, recordPayment } from "@/lib/invoicing/service";

import { signedIn } from "../setup/admin-session";
import { setBusinessProfile } from "../setup/business-profile-fixtures";
import { seededOwnerPerFile } from "../setup/seeded-owner";

vi.mock("@/lib/auth/session", async () => (await import("../setup/admin-session")).sessionModule);
vi.mock("next/cache", async () => (await import("../setup/admin-session")).cacheModule);

const db = () => getDb();
const owner = seededOwnerPerFile();
const actor = () => userActor(owner);
const TRICKY = 'Amt für "Kultur"; Zürich';
let invoiceNumber = "";
let creditNumber = "";

async function issued(buyerName: string, now: Date, unitPrice: number) {
  const { invoiceId } = await createFreeInvoice(
    db(),
    actor(),
    {
      title: "Nachbesprechung «Schalter»",
      introText: "",
      serviceDates: "",
      buyerName,
      buyerDepartment: "Abteilung Öffentlichkeit",
      buyerContact: "Jürg Bärtschi",
      buyerStreet: "Reiterstrasse",
      buyerHouseNumber: "11",
      buyerPostcode: "8001",
      buyerCity: "Zürich",
      buyerCountry: "CH",
      buyerEmail: "kultur@verwaltung.example",
      buyerUid: "",
      purchaseOrderRef: "ZH-4711",
      costCentre: "",
      lines: [{ description: "Nachbesprechung", quantity: 100, unit: "", unitPrice }],
    },
    now,
  );
  const { number } = await issueInvoice(db(), actor(), { invoiceId }, now);
  return { invoiceId, number };
}

beforeAll(async () => {
  await setBusinessProfile(db());
  // 1'250.00 net + 8.1 % = 1'351.25
  const invoice = await issued(TRICKY, new Date("2026-03-10T09:00:00Z"), 125_000);
  invoiceNumber = invoice.number;
  await recordPayment(db(), actor(), {
    invoiceId: invoice.invoiceId,
    paidOn: "2026-04-02",
    amount: 100_000,
    note: "Teil; 1",
  });
  const other = await issued("Gemeinde Köniz", new Date("2026-05-04T09:00:00Z"), 50_000);
  creditNumber = (
    await createCreditNote(
      db(),
      actor(),
      { invoiceId: other.invoiceId, reason: "Doppelt." },
      new Date("2026-05-05T09:00:00Z"),
    )
  ).number;
  await issued("Kanton Bern", new Date("2025-12-30T09:00:00Z"), 10_000);
});

describe("the export period", () => {
  it("is a year, a quarter or a month, and nothing else", () => {
    expect(exportPeriod("2026", null)).toEqual({ from: "2026-01-01", to: "2026-12-31", label: "2026" });
    expect(exportPeriod("2026", "Q1")).toEqual({ from: "2026-01-01", to: "2026-03-31", label: "2026-q1" });
    expect(exportPeriod("2028", "02")).toEqual({ from: "2028-02-01", to: "2028-02-29", label: "2028-02" });
    const bad: [string | null, string | null][] = [
      ["26", null],
      ["2026", "Q5"],
      ["2026", "13"],
      [null, null],
      ["2026", "x"],
    ];
    for (const [year, part] of bad) {
      expect(exportPeriod(year, part)).toBeNull();
    }
  });

  it("writes amounts with a decimal point and no thousands separator", () => {
    expect(csvAmount(125_000)).toBe("1250.00");
    expect(csvAmount(-54_055)).toBe("-540.55");
    expect(csvAmount(5)).toBe("0.05");
    expect(csvAmount(123_456_789)).toBe("1234567.89");
  });
});

describe("the invoices CSV", () => {
  it('is UTF-8 with a BOM, semicolons and CRLF, quotes ; and " and keeps umlauts', async () => {
    const { csv, filename } = await invoicesCsv(db(), exportPeriod("2026", null)!);
    expect(filename).toBe("rechnungen-2026.csv");
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from("Zürich", "utf8"))).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines[0]).toBe(
      "Belegnummer;Belegart;Datum;Fällig am;Kunde;Abteilung;Kontaktperson;UID Kunde;Bestellnummer;Kostenstelle;Bezeichnung;Zu Rechnung;Netto CHF;MWST-Satz %;MWST CHF;Rundung CHF;Total CHF;Bezahlt CHF;Gutgeschrieben CHF;Offen CHF;Stand;Zahlungsreferenz;Anfrage",
    );
    const invoiceLine = lines.find((line) => line.startsWith(`${invoiceNumber};`))!;
    expect(invoiceLine).toContain(
      `${invoiceNumber};Rechnung;10.03.2026;09.04.2026;"Amt für ""Kultur""; Zürich";Abteilung Öffentlichkeit;Jürg Bärtschi;;ZH-4711;;Nachbesprechung «Schalter»;;1250.00;8.1;101.25;0.00;1351.25;1000.00;0.00;351.25;Teilweise bezahlt;`,
    );
    const creditLine = lines.find((line) => line.startsWith(`${creditNumber};`))!;
    expect(creditLine).toMatch(/;Gutschrift;05\.05\.2026;;Gemeinde Köniz;/);
    expect(creditLine).toContain(";-500.00;8.1;-40.50;0.00;-540.50;;;;Gutgeschrieben;");
    // Only the year asked for: the invoice of 30.12.2025 is not in it, and no draft is.
    expect(lines.some((line) => line.includes("Kanton Bern"))).toBe(false);
    expect(lines).toHaveLength(1 + 3 + 1);
  });

  it("filters by quarter and month", async () => {
    const q1 = await invoicesCsv(db(), exportPeriod("2026", "Q1")!);
    expect(q1.csv).toContain(invoiceNumber);
    expect(q1.csv).not.toContain("Gemeinde Köniz");
    const may = await invoicesCsv(db(), exportPeriod("2026", "05")!);
    expect(may.csv).not.toContain(invoiceNumber);
    expect(may.csv.split("\r\n").filter((line) => line.includes("Gemeinde Köniz"))).toHaveLength(2);
  });
});

describe("the payments CSV", () => {
  it("lists the payments of the period by payment date, with the invoice they paid", async () => {
    const { csv, filename } = await paymentsCsv(db(), exportPeriod("2026", "04")!);
    expect(filename).toBe("zahlungen-2026-04.csv");
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("Zahlungsdatum;Betrag CHF;Rechnung;Rechnungsdatum;Kunde;Zahlungsreferenz;Notiz;Erfasst am");
    expect(lines[1]).toMatch(
      new RegExp(
        `^02\\.04\\.2026;1000\\.00;${invoiceNumber};10\\.03\\.2026;"Amt für ""Kultur""; Zürich";\\d{27};"Teil; 1";\\d{2}\\.\\d{2}\\.\\d{4}$`,
      ),
    );
    expect((await paymentsCsv(db(), exportPeriod("2026", "03")!)).csv.split("\r\n")).toHaveLength(2);
  });
});

describe("the download", () => {
  it("answers a signed-in admin with the file, refuses a bad period, and sends anyone else to sign in", async () => {
    signedIn.userId = owner.id;
    const response = await GET(new Request("http://localhost/api/admin/rechnungen/export?art=zahlungen&jahr=2026"));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="zahlungen-2026.csv"');
    expect([...new Uint8Array(await response.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const bad = await GET(new Request("http://localhost/api/admin/rechnungen/export?art=alles&jahr=2026"));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Rechnungen oder Zahlungen");
    signedIn.userId = null;
    await expect(
      GET(new Request("http://localhost/api/admin/rechnungen/export?art=zahlungen&jahr=2026")),
    ).rejects.toMatchObject({
      digest: expect.stringContaining("/admin/anmelden"),
    });
  });
});

describe("the open amount per client on the dashboard", () => {
  it("adds what each client still owes, overdue first, and leaves credited invoices out", async () => {
    signedIn.userId = owner.id;
    try {
      expect(await getOpenAmountsByClient(new Date("2026-04-01T10:00:00Z"))).toEqual([
        { buyerName: "Kanton Bern", openCents: 10_810, overdueCents: 10_810, invoiceCount: 1 },
        { buyerName: TRICKY, openCents: 35_125, overdueCents: 0, invoiceCount: 1 },
      ]);
      const later = await getOpenAmountsByClient(new Date("2026-06-01T10:00:00Z"));
      expect(later.map((client) => [client.buyerName, client.overdueCents])).toEqual([
        [TRICKY, 35_125],
        ["Kanton Bern", 10_810],
      ]);
    } finally {
      signedIn.userId = null;
    }
  });
});
