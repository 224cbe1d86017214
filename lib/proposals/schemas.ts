// Inputs of the designer and the client portal, shared by the forms and the server actions.
import { z } from "zod";

import { MAX_DAYS } from "@/lib/calendar/agenda";
import { minuteOf } from "@/lib/calendar/time-of-day";
import { formatCount } from "@/lib/format";

import { parseFrancs } from "./pricing";

/** The limit of a change request from the portal, shown with a live counter. */
export const CHANGE_REQUEST_MAX = 4000;

const text = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`);
const int = (min: number, max: number, what: string) =>
  z.coerce
    .number({ error: "Bitte eine Zahl angeben." })
    .int("Bitte eine ganze Zahl angeben.")
    .min(min, `${what} mindestens ${min}.`)
    .max(max, `${what} höchstens ${max}.`);
const francs = z
  .string()
  .trim()
  .max(20, "Bitte einen Betrag wie 2400.00 angeben.")
  .refine((value) => value === "" || parseFrancs(value) !== null, "Bitte einen Betrag wie 2400.00 angeben.");

export const designGoalSchema = z.object({
  goalId: z.union([z.uuid(), z.literal("")]),
  title: z.string().trim().min(3, "Bitte das Ziel formulieren.").max(300, "Höchstens 300 Zeichen."),
  description: text(1000),
});

export const agendaItemSchema = z.object({
  moduleId: z.union([z.uuid(), z.literal("")]),
  kind: z.enum(["MODULE", "BREAK", "CUSTOM"]),
  title: z.string().trim().min(2, "Bitte einen Titel angeben.").max(200, "Höchstens 200 Zeichen."),
  description: text(1000),
  day: int(1, MAX_DAYS, "Tag"),
  durationMinutes: int(5, 600, "Dauer in Minuten:"),
});

export const designSchema = z
  .object({
    designId: z.uuid(),
    title: z.string().trim().min(3, "Bitte einen Titel für den Kurs angeben.").max(200, "Höchstens 200 Zeichen."),
    situation: text(4000),
    roleNotes: text(4000),
    rolePlaySituations: text(4000),
    method: text(4000),
    nextSteps: text(2000),
    venue: text(300),
    datesWished: text(300),
    participants: z.union([z.literal(""), int(1, 500, "Teilnehmende:")]),
    dayStart: z
      .string()
      .refine((value) => minuteOf(value) !== null, "Bitte eine Uhrzeit wie 08:30 angeben.")
      .refine((value) => (minuteOf(value) ?? 0) >= 6 * 60, "Ein Kurstag beginnt frühestens um 06:00 Uhr."),
    pricingMode: z.enum(["DAY_RATE", "FLAT_FEE"]),
    dayRate: francs,
    days: z
      .string()
      .trim()
      .refine(
        (value) => value === "" || (/^\d{1,2}([.,][05])?$/.test(value) && Number(value.replace(",", ".")) > 0),
        "Bitte Kurstage in halben Tagen angeben, z. B. 1.5.",
      ),
    flatFee: francs,
    expenses: francs,
    purchaseOrderRef: text(80),
    costCentre: text(80),
    validityDays: int(1, 365, "Gültigkeit in Tagen:"),
    goals: z.array(designGoalSchema).max(20, "Höchstens 20 Ziele."),
    agenda: z.array(agendaItemSchema).max(60, "Höchstens 60 Programmpunkte."),
  })
  .superRefine((value, context) => {
    const missing = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    if (value.pricingMode === "DAY_RATE") {
      if (!value.dayRate) missing("dayRate", "Bitte den Tagesansatz angeben.");
      if (!value.days) missing("days", "Bitte die Anzahl Kurstage angeben.");
    } else if (!value.flatFee) {
      missing("flatFee", "Bitte die Pauschale angeben.");
    }
  });
export type DesignInput = z.infer<typeof designSchema>;
export type DesignFormValues = z.input<typeof designSchema>;

export const inquiryIdSchema = z.object({ inquiryId: z.uuid() });

export const acceptProposalSchema = z.object({
  token: z.string().min(1).max(100),
  proposalId: z.uuid(),
  name: z.string().trim().min(2, "Bitte geben Sie Ihren Namen an.").max(120, "Dieser Name ist zu lang."),
  role: z.string().trim().min(2, "Bitte geben Sie Ihre Funktion an.").max(120, "Diese Angabe ist zu lang."),
  confirm: z.literal(true, { error: "Bitte bestätigen Sie, dass Sie die Offerte annehmen." }),
});
export type AcceptProposalInput = z.infer<typeof acceptProposalSchema>;

export const requestChangesSchema = z.object({
  token: z.string().min(1).max(100),
  proposalId: z.uuid(),
  message: z
    .string()
    .trim()
    .min(10, "Bitte beschreiben Sie, was ich ändern soll (mindestens 10 Zeichen).")
    .max(CHANGE_REQUEST_MAX, `Höchstens ${formatCount(CHANGE_REQUEST_MAX)} Zeichen.`),
});
export type RequestChangesInput = z.infer<typeof requestChangesSchema>;

export const sessionsFromAgendaSchema = z.object({
  inquiryId: z.uuid(),
  courseId: z.uuid("Bitte einen Kurs wählen."),
  location: z.string().trim().min(2, "Bitte den Kursort angeben.").max(200, "Höchstens 200 Zeichen."),
  address: text(300),
  capacity: int(1, 500, "Plätze:"),
  dates: z
    .array(
      z.object({
        day: z.coerce.number().int().min(1),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Bitte ein Datum wählen."),
      }),
    )
    .min(1),
});
export type SessionsFromAgendaInput = z.infer<typeof sessionsFromAgendaSchema>;
