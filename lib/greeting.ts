// How every mail, the proposal and the reply draft greet a person: formally, as Swiss public
// bodies write ("Guten Tag Frau Müller"), never "Grüezi Vorname Name" (decision 0028).
// Pure and client-safe: the forms show the same wording as their hint.
import type { Salutation } from "@/lib/generated/prisma/enums";

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

/**
 * "Guten Tag Frau Müller", "Guten Tag Herr Keller", or without a salutation "Guten Tag Zoë Müller";
 * just "Guten Tag" when no name is known (an anonymised record, a mail to an unconfirmed address).
 */
export function greeting(name: string | null | undefined, salutation: Salutation | null | undefined): string {
  const fullName = (name ?? "").trim().replace(/\s+/g, " ");
  if (!fullName) return "Guten Tag";
  if (salutation === "MS") return `Guten Tag Frau ${familyName(fullName)}`;
  if (salutation === "MR") return `Guten Tag Herr ${familyName(fullName)}`;
  return `Guten Tag ${fullName}`;
}
