// The inquiry form's fixed choices (enum values in label order), limits and empty values, without
// zod: the form's first-load JavaScript needs them, the schema (schemas.ts) loads on demand (0016).
import { DEFAULT_SALUTATION } from "@/lib/greeting";
import { challengeLabels, courseFormatLabels, languageLabels, organisationKindLabels, venueLabels } from "@/lib/labels";

import type { SubmitInquiryFormValues, SubmitLeadershipInquiryFormValues } from "./schemas";

/** The enum values in the order of their labels, for zod and for the form's options (typed by the labels' keys). */
function keysOf<K extends string>(labels: Record<K, string>): [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}

export const ORGANISATION_KINDS = keysOf(organisationKindLabels);
export const CHALLENGES = keysOf(challengeLabels);
export const COURSE_FORMATS = keysOf(courseFormatLabels);
export const COURSE_LANGUAGES = keysOf(languageLabels);
export const VENUES = keysOf(venueLabels);

export const MAX_PARTICIPANTS = 500;
export const MAX_LIBRARY_CHOICES = 40;
/** Limits of the free-text fields, shown with a live counter in the form. */
export const MESSAGE_MAX_LENGTH = 4000;
export const CHALLENGES_OTHER_MAX_LENGTH = 1000;
export const ATTENDEES_MAX_LENGTH = 500;

/** What both inquiry forms ask of everyone, empty: who asks, the free message and the consent. */
const emptyRequester = () => ({
  organisationName: "",
  department: "",
  salutation: DEFAULT_SALUTATION,
  contactName: "",
  email: "",
  phone: "",
  message: "",
  privacyConsent: false,
  website: "",
});

/** The empty form; `courseSlug` comes from /anfrage?kurs=<slug>. */
export function emptyInquiry(courseSlug = ""): SubmitInquiryFormValues {
  return {
    ...emptyRequester(),
    organisationKind: "" as SubmitInquiryFormValues["organisationKind"],
    fieldSlug: "",
    participants: "",
    challenges: [],
    challengesOther: "",
    courseSlug,
    goalSlugs: [],
    moduleSlugs: [],
    format: "",
    preferredPeriod: "",
    venue: "",
    venueNote: "",
    language: "DE",
  };
}

/** The empty leadership inquiry (Führungskultur). */
export function emptyLeadershipInquiry(): SubmitLeadershipInquiryFormValues {
  return {
    ...emptyRequester(),
    organisationKind: "" as SubmitLeadershipInquiryFormValues["organisationKind"],
    teamSize: "",
    desiredChange: "",
    attendees: "",
    preferredPeriod: "",
  };
}
