// The e-mail address field of the sign-in, user and booking forms, worded once: trimmed, at most
// 254 characters (the longest address SMTP carries), then checked as an address. Only the message
// for a missing address differs by who is asked ("Ihre" for the visitor, "die" for someone else's).
// Plain zod, safe in the client bundle.
import { z } from "zod";

export function emailField(missing = "Bitte geben Sie Ihre E-Mail-Adresse an.") {
  return z
    .string()
    .trim()
    .min(1, missing)
    .max(254, "Diese E-Mail-Adresse ist zu lang.")
    .pipe(z.email("Bitte geben Sie eine gültige E-Mail-Adresse an."));
}
