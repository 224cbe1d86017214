// Inputs of a team registration (decision 0031): one person registers once for all days of an
// in-house engagement. Plain zod, safe in the client bundle; the registration page, the portal's
// pasted list and the admin import all parse a person with `registrationPersonSchema`.
import { z } from "zod";

import { emailField } from "@/lib/email-field";
import { honeypotSchema } from "@/lib/honeypot";
import { salutationSchema } from "@/lib/salutation-schema";

export const REGISTRATION_SOURCES = ["LINK", "PORTAL", "ADMIN"] as const;
export type RegistrationSourceName = (typeof REGISTRATION_SOURCES)[number];

/** The longest answer to one of the two optional questions. */
export const MAX_ANSWER_LENGTH = 2000;

export const registrationPersonSchema = z.object({
  salutation: salutationSchema,
  name: z.string().trim().min(2, "Bitte geben Sie den Namen an.").max(120, "Dieser Name ist zu lang."),
  email: emailField("Bitte geben Sie die E-Mail-Adresse an."),
  function: z.string().trim().max(120, "Diese Funktion ist zu lang.").optional().default(""),
  situation: z
    .string()
    .trim()
    .max(MAX_ANSWER_LENGTH, `Bitte fassen Sie sich kürzer (höchstens ${MAX_ANSWER_LENGTH} Zeichen).`)
    .optional()
    .default(""),
  wish: z
    .string()
    .trim()
    .max(MAX_ANSWER_LENGTH, `Bitte fassen Sie sich kürzer (höchstens ${MAX_ANSWER_LENGTH} Zeichen).`)
    .optional()
    .default(""),
});
export type RegistrationPerson = z.input<typeof registrationPersonSchema>;
export type ParsedRegistrationPerson = z.output<typeof registrationPersonSchema>;

/** The public form behind the registration link: one person, for themselves. */
export const registerByLinkSchema = z.object({
  token: z.string().trim().min(1, "Dieser Anmeldelink ist nicht gültig."),
  salutation: salutationSchema,
  name: z.string().trim().min(2, "Bitte geben Sie Ihren Namen an.").max(120, "Dieser Name ist zu lang."),
  email: emailField(),
  function: z.string().trim().min(2, "Bitte geben Sie Ihre Funktion an.").max(120, "Diese Funktion ist zu lang."),
  situation: registrationPersonSchema.shape.situation,
  wish: registrationPersonSchema.shape.wish,
  website: honeypotSchema,
});
export type RegisterByLinkInput = z.input<typeof registerByLinkSchema>;

/** The consultant renews or revokes the engagement's registration link. */
export const registrationLinkSchema = z.object({ inquiryId: z.uuid("Diese Anfrage gibt es nicht.") });
export type RegistrationLinkInput = z.output<typeof registrationLinkSchema>;

export const cancelRegistrationSchema = z.object({ registrationId: z.uuid("Diese Anmeldung gibt es nicht.") });
export type CancelRegistrationInput = z.output<typeof cancelRegistrationSchema>;
