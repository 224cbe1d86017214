// German names for the domain's enumerations, shared by pages, forms and e-mails. The texts live in
// the message catalogue's `labels` area (lib/i18n, decision 0034), typed there by the enums; these
// names stay for the many callers. Client components import them, so this reads the one catalogue
// area it needs rather than every language's catalogue.
import { labels } from "@/lib/i18n/messages/de-CH/labels";

export const courseFormatLabels = labels.courseFormat;

export const organisationKindLabels = labels.organisationKind;

/** Headings of the reference list, in the consultant's terms ("kantonale Stellen"). */
export const referenceGroupLabels = labels.referenceGroup;

export const challengeLabels = labels.challenge;

export const languageLabels = labels.language;

export const venueLabels = labels.venue;

/** What an inquiry is about, as the admin pipeline names it. */
export const inquiryKindLabels = labels.inquiryKind;

/** The salutation as the forms offer it; NEUTRAL greets with the full name (decision 0028). */
export const salutationLabels = labels.salutation;
