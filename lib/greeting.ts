// How every mail, the proposal and the reply draft greet a person: formally, as Swiss public
// bodies write ("Guten Tag Frau Müller"), never "Grüezi Vorname Name" (decision 0028).
// Pure and client-safe: the forms show the same wording as their hint.
import type { Salutation } from "@/lib/generated/prisma/enums";
import { fill } from "@/lib/i18n/fill";
import { common } from "@/lib/i18n/messages/de-CH/mail/common";

/** The choices in the order the forms show them; NEUTRAL is preselected (decision 0028). */
export const SALUTATIONS = ["MS", "MR", "NEUTRAL"] as const satisfies readonly Salutation[];
export const DEFAULT_SALUTATION: Salutation = "NEUTRAL";

/** Words that belong to the family name ("Anna von Allmen" -> "Frau von Allmen"). */
const NAME_PARTICLES = new Set([
  "von",
  "vom",
  "van",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "dal",
  "du",
  "des",
  "la",
  "le",
  "zu",
  "zum",
  "zur",
  "ten",
  "ter",
  "dos",
  "das",
]);

/**
 * The family name within "Vorname Name": the last word with the particles before it. Swiss double
 * family names are hyphenated (Müller-Brügger) and stay one word; double first names stay out.
 */
export function familyName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return words.join("");
  let start = words.length - 1;
  while (start > 1 && NAME_PARTICLES.has(words[start - 1]!.toLowerCase())) start -= 1;
  return words.slice(start).join(" ");
}

/** The greeting's words in one language: the mail catalogue's `common.greeting` (decision 0034). */
export type GreetingWords = typeof common.greeting;

/**
 * "Guten Tag Frau Müller", "Guten Tag Herr Keller", or without a salutation "Guten Tag Zoë Müller";
 * just "Guten Tag" when no name is known (an anonymised record, a mail to an unconfirmed address).
 * The words are de-CH unless a mail in another language passes its own; the forms' hints read
 * this one module, not every language's catalogue.
 */
export function greeting(
  name: string | null | undefined,
  salutation: Salutation | null | undefined,
  words: GreetingWords = common.greeting,
): string {
  const fullName = (name ?? "").trim().replace(/\s+/g, " ");
  if (!fullName) return words.anonymous;
  return fill(words[salutation ?? "NEUTRAL"], { fullName, familyName: familyName(fullName) });
}
