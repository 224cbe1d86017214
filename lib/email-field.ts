// The e-mail address field of the sign-in, user and booking forms, worded once: trimmed, at most
// 254 characters (the longest address SMTP carries), then checked as an address. Only the message
// for a missing address differs by who is asked ("Ihre" for the visitor, "die" for someone else's).
// The messages come from a catalogue (decision 0034); de-CH unless a form passes its language's.
// Plain zod, safe in the client bundle.
import { z } from "zod";

import type { Catalogue } from "@/lib/i18n/messages";
import { emailValidation } from "@/lib/i18n/messages/de-CH/validation/email";

/** The e-mail field's messages in one language. */
export type EmailValidationMessages = Catalogue["validation"]["email"];

export function emailField(
  missing: string = emailValidation.missingOwn,
  messages: EmailValidationMessages = emailValidation,
) {
  return z.string().trim().min(1, missing).max(254, messages.tooLong).pipe(z.email(messages.invalid));
}
