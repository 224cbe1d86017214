import { z } from "zod";

import { formatCount } from "@/lib/format";
import { honeypotSchema } from "@/lib/honeypot";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";
import { inquiryValidation } from "@/lib/i18n/messages/de-CH/pages/inquiry-validation";
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
// The messages come from a catalogue (decision 0034): `inquirySchemasFor(messages)` builds both
// schemas in one language; the exported schemas are the de-CH ones, which browser and server use
// while the site has one language. The de-CH validation messages are imported alone, not the
// whole catalogue, because the browser loads this module (lazily) for its validation.

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

/** The validation messages of the inquiry forms in one language. */
export type InquiryValidationMessages = Catalogue["pages"]["inquiryForm"]["validation"];

/** Both inquiry schemas with the messages of one language. */
export function inquirySchemasFor(messages: InquiryValidationMessages) {
  const { labels } = messages;
  const text = (max: number, label: string = labels.text) =>
    z
      .string({ error: messages.text })
      .trim()
      .max(max, fill(messages.tooLong, { label, max: formatCount(max) }));

  const requiredText = (min: number, max: number, missing: string, label: string) => text(max, label).min(min, missing);

  const slug = z
    .string()
    .trim()
    .max(120)
    .regex(/^[a-z0-9-]*$/, messages.chooseFromList);

  const slugList = z
    .array(slug.min(1, messages.chooseFromList), { error: messages.chooseFromList })
    .max(MAX_LIBRARY_CHOICES, fill(messages.tooManyChoices, { max: MAX_LIBRARY_CHOICES }))
    .transform((values) => [...new Set(values)]);

  /** An enum answer the visitor may leave open: "" stands for "no answer". */
  const optionalChoice = <K extends string>(values: [K, ...K[]], message: string) =>
    z.enum([...values, ""] as [K | "", ...(K | "")[]], { error: message });

  /** Who asks: the organisation and the contact person, the same in both inquiry forms. */
  const requester = {
    organisationName: requiredText(2, 200, messages.organisationName, labels.name),
    organisationKind: z.enum(ORGANISATION_KINDS, { error: messages.organisationKind }),
    department: text(200, labels.department),
    salutation: salutationSchema,
    contactName: requiredText(2, 120, messages.contactName, labels.name),
    email: z
      .string({ error: messages.email })
      .trim()
      .min(1, messages.email)
      .max(254, messages.emailTooLong)
      .pipe(z.email(messages.emailInvalid)),
    phone: text(40, labels.phone).refine((value) => value === "" || isAcceptedPhone(value), messages.phoneInvalid),
  };

  /** The consent and the honeypot that close both inquiry forms. */
  const closing = {
    privacyConsent: z.boolean({ error: messages.privacyConsent }).refine(Boolean, messages.privacyConsent),
    /** Honeypot: people leave it empty. */
    website: honeypotSchema,
  };

  /** A head count the visitor may leave open: "" or 1 to MAX_PARTICIPANTS. */
  const optionalCount = z
    .string({ error: messages.number })
    .trim()
    .refine(
      (value) => value === "" || (/^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_PARTICIPANTS),
      fill(messages.numberRange, { max: MAX_PARTICIPANTS }),
    );

  const submitInquirySchema = z.object({
    ...requester,
    fieldSlug: slug,
    participants: optionalCount,
    challenges: z
      .array(z.enum(CHALLENGES, { error: messages.chooseFromList }), { error: messages.chooseFromList })
      .max(CHALLENGES.length)
      .transform((values) => [...new Set(values)]),
    challengesOther: text(CHALLENGES_OTHER_MAX_LENGTH, labels.description),
    courseSlug: slug,
    goalSlugs: slugList,
    moduleSlugs: slugList,
    format: optionalChoice(COURSE_FORMATS, messages.format),
    preferredPeriod: text(200, labels.period),
    venue: optionalChoice(VENUES, messages.venue),
    venueNote: text(300, labels.venueNote),
    language: z.enum(COURSE_LANGUAGES, { error: messages.language }),
    message: text(MESSAGE_MAX_LENGTH, labels.message),
    ...closing,
  });

  /** The leadership inquiry (Führungskultur): its own questions instead of the course's. */
  const submitLeadershipInquirySchema = z.object({
    ...requester,
    teamSize: optionalCount,
    desiredChange: requiredText(10, MESSAGE_MAX_LENGTH, messages.desiredChange, labels.description),
    attendees: requiredText(2, ATTENDEES_MAX_LENGTH, messages.attendees, labels.attendees),
    preferredPeriod: text(200, labels.period),
    message: text(MESSAGE_MAX_LENGTH, labels.message),
    ...closing,
  });

  return { submitInquirySchema, submitLeadershipInquirySchema };
}

/** The schemas in de-CH, the site's one language so far: the forms and their actions use these. */
export const { submitInquirySchema, submitLeadershipInquirySchema } = inquirySchemasFor(inquiryValidation);

export type SubmitInquiryInput = z.infer<typeof submitInquirySchema>;
export type SubmitInquiryFormValues = z.input<typeof submitInquirySchema>;

export type SubmitLeadershipInquiryInput = z.infer<typeof submitLeadershipInquirySchema>;
export type SubmitLeadershipInquiryFormValues = z.input<typeof submitLeadershipInquirySchema>;

/** ANF-2026-0001 */
export const INQUIRY_REFERENCE_PATTERN = /^ANF-\d{4}-\d{4,}$/;
