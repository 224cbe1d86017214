// Inputs of the invoice forms and actions; one schema for form and server. Safe in the client bundle.
import { z } from "zod";

import { refuseField } from "@/lib/field-issue";
import { parseFrancs } from "@/lib/proposals/pricing";

import { parseQuantity } from "./rules";

const line = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`);
const uuid = z.uuid("Unbekannter Eintrag.");

/**
 * "2'400.50" -> 240050; negative amounts are written with a leading minus (e.g. a deduction). The
 * form sends what it parsed (centimes), and the action parses again: both shapes are accepted.
 */
const francs = (message: string) =>
  z.union([z.string(), z.number()], { error: message }).transform((value, context) => {
    if (typeof value === "number") {
      if (Number.isInteger(value)) return value;
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    const text = value.trim();
    const negative = text.startsWith("-");
    const cents = parseFrancs(negative ? text.slice(1) : text);
    if (cents === null) {
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return negative ? -cents : cents;
  });

const QUANTITY_MESSAGE = "Bitte eine Menge angeben, z. B. 1 oder 1.5.";

const quantity = z.union([z.string(), z.number()], { error: QUANTITY_MESSAGE }).transform((value, context) => {
  const parsed = typeof value === "number" ? (Number.isInteger(value) ? value : null) : parseQuantity(value);
  if (parsed === null || parsed === 0) {
    context.addIssue({ code: "custom", message: QUANTITY_MESSAGE });
    return z.NEVER;
  }
  return parsed;
});

export const invoiceLineSchema = z.object({
  description: line(300).min(1, "Bitte die Leistung beschreiben."),
  quantity,
  unit: line(30),
  unitPrice: francs("Bitte einen Preis in Franken angeben, z. B. 2400 oder -500 für einen Abzug."),
});

export const invoiceDraftSchema = z.object({
  title: line(200).min(1, "Bitte einen Titel angeben."),
  introText: line(2000),
  serviceDates: line(500),
  buyerName: line(200).min(1, "Bitte die Organisation angeben."),
  buyerDepartment: line(200),
  buyerContact: line(200),
  buyerStreet: line(200).min(1, "Bitte die Strasse der Rechnungsadresse angeben."),
  buyerHouseNumber: line(16),
  buyerPostcode: z
    .string()
    .trim()
    .regex(/^\d{4,5}$/, "Bitte eine Postleitzahl mit 4 Ziffern angeben, z. B. 3003."),
  buyerCity: line(120).min(1, "Bitte den Ort der Rechnungsadresse angeben."),
  buyerCountry: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, "Bitte den Ländercode mit zwei Buchstaben angeben, z. B. CH.")
    .transform((value) => value.toUpperCase()),
  buyerEmail: z.email("Bitte eine gültige E-Mail-Adresse angeben.").trim().max(200),
  buyerUid: line(40),
  purchaseOrderRef: line(60),
  costCentre: line(60),
  lines: z.array(invoiceLineSchema).min(1, "Bitte mindestens eine Position angeben.").max(50),
});

export type InvoiceDraftFormInput = z.input<typeof invoiceDraftSchema>;
export type InvoiceDraftInput = z.output<typeof invoiceDraftSchema>;

export const updateInvoiceDraftSchema = invoiceDraftSchema.extend({ invoiceId: uuid });
export type UpdateInvoiceDraftInput = z.output<typeof updateInvoiceDraftSchema>;

export const createFromProposalSchema = z
  .object({
    proposalId: uuid,
    share: z.enum(["FULL", "DEPOSIT", "REST"], { error: "Bitte wählen, was in Rechnung gestellt wird." }),
    depositPercent: z.coerce
      .number({ error: "Bitte einen Anteil in Prozent angeben." })
      .int("Bitte ganze Prozent angeben.")
      .min(1, "Mindestens 1 %.")
      .max(99, "Höchstens 99 %.")
      .optional(),
  })
  .refine((input) => input.share !== "DEPOSIT" || input.depositPercent !== undefined, {
    path: ["depositPercent"],
    message: "Bitte den Anteil der Anzahlung in Prozent angeben.",
  });
export type CreateFromProposalInput = z.output<typeof createFromProposalSchema>;

export const invoiceIdSchema = z.object({ invoiceId: uuid });

/** What a credit note covers: the whole open amount, chosen lines, or an amount incl. VAT (decision 0030). */
export const CREDIT_SCOPES = ["FULL", "LINES", "AMOUNT"] as const;

const CREDIT_AMOUNT_MESSAGE = "Bitte den Betrag der Gutschrift inkl. MWST in Franken angeben, z. B. 500.00.";

export const creditNoteSchema = z
  .object({
    invoiceId: uuid,
    reason: line(500).min(1, "Bitte den Grund der Gutschrift angeben."),
    scope: z.enum(CREDIT_SCOPES, { error: "Bitte wählen, was gutgeschrieben wird." }).optional(),
    /** Positions of the invoice's lines; checkboxes send strings, or false when none is ticked. */
    positions: z.preprocess(
      (value) => (Array.isArray(value) ? value : typeof value === "string" ? [value] : []),
      z.array(z.coerce.number().int().min(1)),
    ),
    amount: z.preprocess(
      (value) => (value === "" || value === null ? undefined : value),
      francs(CREDIT_AMOUNT_MESSAGE).optional(),
    ),
  })
  .superRefine((input, context) => {
    if (input.scope === "LINES" && input.positions.length === 0) {
      refuseField(context, "positions", "Bitte mindestens eine Position wählen.");
    }
    if (input.scope === "AMOUNT" && (input.amount === undefined || input.amount <= 0)) {
      refuseField(context, "amount", CREDIT_AMOUNT_MESSAGE);
    }
  });
/** What the service takes: without a scope, the whole open amount. */
export type CreditNoteInput = Omit<z.output<typeof creditNoteSchema>, "positions"> & { positions?: number[] };

export const paymentSchema = z.object({
  invoiceId: uuid,
  paidOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Bitte das Zahlungsdatum angeben."),
  amount: francs("Bitte den bezahlten Betrag in Franken angeben, z. B. 1250.00.").refine(
    (cents) => cents > 0,
    "Der Betrag muss grösser als null sein.",
  ),
  note: line(300),
});
export type PaymentInput = z.output<typeof paymentSchema>;

/** Server actions take at most 1 MB (Next's default): the file's text stays below it. */
export const CAMT_MAX_CHARACTERS = 900_000;

/** A bank file as the browser read it: its name (for the audit) and its text. */
export const camtImportSchema = z.object({
  fileName: line(200),
  xml: z
    .string({ error: "Bitte eine camt.054- oder camt.053-Datei auswählen." })
    .max(CAMT_MAX_CHARACTERS, "Die Datei ist zu gross (höchstens 900 KB). Bitte einen kürzeren Zeitraum exportieren."),
});
export type CamtImportInput = z.output<typeof camtImportSchema>;

/** A reminder sent by hand: the level the overdue list showed (decision 0030). */
export const sendReminderSchema = z.object({
  invoiceId: uuid,
  level: z.union([z.literal(1), z.literal(2)], { error: "Unbekannte Mahnstufe." }),
});
export type SendReminderInput = z.output<typeof sendReminderSchema>;
