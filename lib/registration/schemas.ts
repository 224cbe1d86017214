// Inputs of a team registration (decision 0031): one person registers once for all days of an
// in-house engagement. Plain zod, safe in the client bundle; the registration page, the portal's
// pasted list and the admin import all parse a person with `registrationPersonSchema`.
import { z } from "zod";

import { emailField } from "@/lib/email-field";
import { honeypotSchema } from "@/lib/honeypot";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";
import { emailValidation } from "@/lib/i18n/messages/de-CH/validation/email";
import { registrationValidation } from "@/lib/i18n/messages/de-CH/validation/registration";
import { salutationSchema } from "@/lib/salutation-schema";

export const REGISTRATION_SOURCES = ["LINK", "PORTAL", "ADMIN"] as const;
export type RegistrationSourceName = (typeof REGISTRATION_SOURCES)[number];

/** The longest answer to one of the two optional questions. */
export const MAX_ANSWER_LENGTH = 2000;

/** The team registration's validation messages in one language. */
export type RegistrationValidationMessages = Catalogue["validation"]["registration"];

/** The registration schemas with the messages of one language (decision 0034). */
export function registrationSchemasFor(messages: RegistrationValidationMessages) {
  const answer = z
    .string()
    .trim()
    .max(MAX_ANSWER_LENGTH, fill(messages.answerTooLong, { max: MAX_ANSWER_LENGTH }))
    .optional()
    .default("");

  const registrationPersonSchema = z.object({
    salutation: salutationSchema,
    name: z.string().trim().min(2, messages.personName).max(120, messages.nameTooLong),
    email: emailField(emailValidation.missingOther),
    function: z.string().trim().max(120, messages.functionTooLong).optional().default(""),
    situation: answer,
    wish: answer,
  });

  /** The public form behind the registration link: one person, for themselves. */
  const registerByLinkSchema = z.object({
    token: z.string().trim().min(1, messages.link),
    salutation: salutationSchema,
    name: z.string().trim().min(2, messages.ownName).max(120, messages.nameTooLong),
    email: emailField(),
    function: z.string().trim().min(2, messages.ownFunction).max(120, messages.functionTooLong),
    situation: answer,
    wish: answer,
    website: honeypotSchema,
  });

  return { registrationPersonSchema, registerByLinkSchema };
}

/** The schemas in de-CH, the site's one language so far: the forms, actions and imports use these. */
export const { registrationPersonSchema, registerByLinkSchema } = registrationSchemasFor(registrationValidation);
export type RegistrationPerson = z.input<typeof registrationPersonSchema>;
export type ParsedRegistrationPerson = z.output<typeof registrationPersonSchema>;
export type RegisterByLinkInput = z.input<typeof registerByLinkSchema>;

/** The consultant renews or revokes the engagement's registration link. */
export const registrationLinkSchema = z.object({ inquiryId: z.uuid("Diese Anfrage gibt es nicht.") });
export type RegistrationLinkInput = z.output<typeof registrationLinkSchema>;

export const cancelRegistrationSchema = z.object({ registrationId: z.uuid("Diese Anmeldung gibt es nicht.") });
export type CancelRegistrationInput = z.output<typeof cancelRegistrationSchema>;
