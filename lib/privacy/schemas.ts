import { z } from "zod";

export const personLookupSchema = z.object({
  email: z
    .string({ error: "Bitte geben Sie eine E-Mail-Adresse ein." })
    .trim()
    .min(1, "Bitte geben Sie eine E-Mail-Adresse ein.")
    .max(254, "Die E-Mail-Adresse ist zu lang.")
    .pipe(z.email("Bitte geben Sie eine gültige E-Mail-Adresse ein.")),
});

export const personDeletionSchema = personLookupSchema.extend({
  confirmation: z.literal("LÖSCHEN", { error: "Bitte tippen Sie LÖSCHEN zur Bestätigung." }),
});

export type PersonLookupInput = z.infer<typeof personLookupSchema>;
export type PersonDeletionInput = z.infer<typeof personDeletionSchema>;

/** What the lookup shows about one address: how many rows of each kind, and the export as JSON text. */
export type PersonalDataSummary = {
  email: string;
  counts: {
    inquiries: number;
    bookings: number;
    participations: number;
    appointments: number;
    registrations: number;
    emails: number;
  };
  /** The complete export as JSON text, for the download. */
  json: string;
};
