import { z } from "zod";

import { formatCount } from "@/lib/format";
import { honeypotSchema } from "@/lib/honeypot";
import { salutationSchema } from "@/lib/salutation-schema";

import {
  CHALLENGES,
  ATTENDEES_MAX_LENGTH,
  CHALLENGES_OTHER_MAX_LENGTH,
  COURSE_FORMATS,
  COURSE_LANGUAGES,
  MAX_LIBRARY_CHOICES,
  MAX_PARTICIPANTS,
  MESSAGE_MAX_LENGTH,
  ORGANISATION_KINDS,
  VENUES,
} from "./choices";

// The inquiry form's one source of truth: the browser validates with it, the server action parses
// with it again. Optional choices use "" for "no answer", so the output parses a second time.

export {
  CHALLENGES,
  COURSE_FORMATS,
  COURSE_LANGUAGES,
  emptyInquiry,
  emptyLeadershipInquiry,
  MAX_LIBRARY_CHOICES,
  MAX_PARTICIPANTS,
  ORGANISATION_KINDS,
  VENUES,
} from "./choices";

const text = (max: number, label = "Text") =>
  z
    .string({ error: "Bitte geben Sie einen Text ein." })
    .trim()
    .max(max, `${label} ist zu lang (höchstens ${formatCount(max)} Zeichen).`);

const requiredText = (min: number, max: number, missing: string, label: string) => text(max, label).min(min, missing);

/** Digits of a phone number without spacing, separators and the "(0)" of "+41 (0)31 …". */
export function phoneDigits(value: string): string {
  return value.replace(/\(0\)/g, "").replace(/[\s./()-]/g, "");
}

/**
 * Swiss numbers as people write them (031 123 45 67, 079/123 45 67, +41 31 123 45 67,
 * 0041 31 123 45 67, +41 (0)31 123 45 67) and other international numbers with "+".
 */
export function isAcceptedPhone(value: string): boolean {
  const digits = phoneDigits(value);
  if (/^(\+41|0041|0(?!0))/.test(digits)) return /^(\+41|0041|0)[1-9]\d{8}$/.test(digits);
  return /^(\+|00)[1-9]\d{6,14}$/.test(digits);
}

const slug = z
  .string()
  .trim()
  .max(120)
  .regex(/^[a-z0-9-]*$/, "Bitte wählen Sie aus der Liste.");

const slugList = z
  .array(slug.min(1, "Bitte wählen Sie aus der Liste."), { error: "Bitte wählen Sie aus der Liste." })
  .max(MAX_LIBRARY_CHOICES, `Bitte wählen Sie höchstens ${MAX_LIBRARY_CHOICES} Einträge.`)
  .transform((values) => [...new Set(values)]);

/** An enum answer the visitor may leave open: "" stands for "no answer". */
const optionalChoice = <K extends string>(values: [K, ...K[]], message: string) =>
  z.enum([...values, ""] as [K | "", ...(K | "")[]], { error: message });

/** Who asks: the organisation and the contact person, the same in both inquiry forms. */
const requester = {
  organisationName: requiredText(2, 200, "Bitte geben Sie den Namen Ihrer Organisation an.", "Der Name"),
  organisationKind: z.enum(ORGANISATION_KINDS, { error: "Bitte wählen Sie die Art Ihrer Organisation." }),
  department: text(200, "Die Abteilung"),
  salutation: salutationSchema,
  contactName: requiredText(2, 120, "Bitte geben Sie Ihren Vornamen und Namen an.", "Der Name"),
  email: z
    .string({ error: "Bitte geben Sie Ihre E-Mail-Adresse an." })
    .trim()
    .min(1, "Bitte geben Sie Ihre E-Mail-Adresse an.")
    .max(254, "Diese E-Mail-Adresse ist zu lang.")
    .pipe(z.email("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@gemeinde.ch.")),
  phone: text(40, "Die Telefonnummer").refine(
    (value) => value === "" || isAcceptedPhone(value),
    "Bitte geben Sie eine gültige Telefonnummer an, z. B. 031 123 45 67 oder +41 31 123 45 67.",
  ),
};

/** The consent and the honeypot that close both inquiry forms. */
const closing = {
  privacyConsent: z
    .boolean({ error: "Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben." })
    .refine(Boolean, "Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben."),
  /** Honeypot: people leave it empty. */
  website: honeypotSchema,
};

/** A head count the visitor may leave open: "" or 1 to MAX_PARTICIPANTS. */
const optionalCount = z
  .string({ error: "Bitte geben Sie eine Zahl an." })
  .trim()
  .refine(
    (value) => value === "" || (/^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_PARTICIPANTS),
    `Bitte geben Sie eine Zahl zwischen 1 und ${MAX_PARTICIPANTS} an.`,
  );

export const submitInquirySchema = z.object({
  ...requester,
  fieldSlug: slug,
  participants: optionalCount,
  challenges: z
    .array(z.enum(CHALLENGES, { error: "Bitte wählen Sie aus der Liste." }), {
      error: "Bitte wählen Sie aus der Liste.",
    })
    .max(CHALLENGES.length)
    .transform((values) => [...new Set(values)]),
  challengesOther: text(CHALLENGES_OTHER_MAX_LENGTH, "Die Beschreibung"),
  courseSlug: slug,
  goalSlugs: slugList,
  moduleSlugs: slugList,
  format: optionalChoice(COURSE_FORMATS, "Bitte wählen Sie ein Format aus der Liste."),
  preferredPeriod: text(200, "Der Zeitraum"),
  venue: optionalChoice(VENUES, "Bitte wählen Sie einen Kursort aus der Liste."),
  venueNote: text(300, "Die Angabe zum Ort"),
  language: z.enum(COURSE_LANGUAGES, { error: "Bitte wählen Sie eine Kurssprache." }),
  message: text(MESSAGE_MAX_LENGTH, "Die Nachricht"),
  ...closing,
});

export type SubmitInquiryInput = z.infer<typeof submitInquirySchema>;
export type SubmitInquiryFormValues = z.input<typeof submitInquirySchema>;

/** The leadership inquiry (Führungskultur): its own questions instead of the course's. */
export const submitLeadershipInquirySchema = z.object({
  ...requester,
  teamSize: optionalCount,
  desiredChange: requiredText(
    10,
    MESSAGE_MAX_LENGTH,
    "Bitte beschreiben Sie in ein paar Worten, was sich verändern soll.",
    "Die Beschreibung",
  ),
  attendees: requiredText(2, ATTENDEES_MAX_LENGTH, "Bitte geben Sie an, wer teilnimmt.", "Die Angabe"),
  preferredPeriod: text(200, "Der Zeitraum"),
  message: text(MESSAGE_MAX_LENGTH, "Die Nachricht"),
  ...closing,
});

export type SubmitLeadershipInquiryInput = z.infer<typeof submitLeadershipInquirySchema>;
export type SubmitLeadershipInquiryFormValues = z.input<typeof submitLeadershipInquirySchema>;

/** ANF-2026-0001 */
export const INQUIRY_REFERENCE_PATTERN = /^ANF-\d{4}-\d{4,}$/;
