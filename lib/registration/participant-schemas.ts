// Inputs of the participant list the client contact (portal) and the consultant (admin) manage.
// Plain zod, safe in the client bundle. The list's text is parsed by parse-participants.ts on the
// server again; these schemas only bound its size and name the engagement.
import { z } from "zod";

import { emailField } from "@/lib/email-field";
import { honeypotSchema } from "@/lib/honeypot";
import { salutationSchema } from "@/lib/salutation-schema";

import { MAX_FUNCTION_LENGTH, MAX_LIST_CHARACTERS, MAX_NAME_LENGTH } from "./parse-participants";

const listText = z
  .string()
  .max(MAX_LIST_CHARACTERS, "Die Liste ist zu lang. Bitte fügen Sie sie in mehreren Teilen ein.")
  .refine((text) => text.trim() !== "", "Bitte fügen Sie die Liste ein.");

/** The client contact pastes a list in the portal. */
export const portalAddParticipantsSchema = z.object({
  token: z.string().trim().min(1, "Dieser Link ist nicht gültig."),
  list: listText,
  website: honeypotSchema,
});
export type PortalAddParticipantsInput = z.input<typeof portalAddParticipantsSchema>;

/** The client contact removes one person in the portal (until the cut-off). */
export const portalRemoveParticipantSchema = z.object({
  token: z.string().trim().min(1, "Dieser Link ist nicht gültig."),
  registrationId: z.uuid("Diese Anmeldung gibt es nicht."),
});
export type PortalRemoveParticipantInput = z.output<typeof portalRemoveParticipantSchema>;

/** The consultant adds one person. */
export const adminAddParticipantSchema = z.object({
  inquiryId: z.uuid("Diese Anfrage gibt es nicht."),
  salutation: salutationSchema,
  name: z.string().trim().min(2, "Bitte geben Sie den Namen an.").max(MAX_NAME_LENGTH, "Dieser Name ist zu lang."),
  email: emailField("Bitte geben Sie die E-Mail-Adresse an."),
  function: z.string().trim().max(MAX_FUNCTION_LENGTH, "Diese Funktion ist zu lang.").default(""),
});
export type AdminAddParticipantInput = z.input<typeof adminAddParticipantSchema>;

/** The consultant previews or imports a CSV file's text. */
export const adminImportSchema = z.object({
  inquiryId: z.uuid("Diese Anfrage gibt es nicht."),
  text: listText,
  /** Imports the good lines of a file with bad ones; without it such a file imports nothing. */
  skipInvalid: z.boolean().default(false),
});
export type AdminImportInput = z.input<typeof adminImportSchema>;

/** One registration the consultant removes, moves to the waiting list or seats. */
export const adminRegistrationSchema = z.object({ registrationId: z.uuid("Diese Anmeldung gibt es nicht.") });
export type AdminRegistrationInput = z.output<typeof adminRegistrationSchema>;
