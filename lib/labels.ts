// German names for the domain's enumerations, shared by pages, forms and e-mails.
import type {
  Challenge,
  CourseFormat,
  CourseLanguage,
  InquiryKind,
  OrganisationKind,
  Salutation,
  VenuePreference,
} from "@/lib/generated/prisma/enums";

export const courseFormatLabels: Record<CourseFormat, string> = {
  HALF_DAY: "Halbtag",
  ONE_DAY: "1 Tag",
  TWO_DAYS: "2 Tage",
  SERIES: "Kursreihe",
};

export const organisationKindLabels: Record<OrganisationKind, string> = {
  FEDERAL_OFFICE: "Bundesamt oder Bundesstelle",
  CANTONAL_OFFICE: "Kantonales Amt",
  MUNICIPAL_OFFICE: "Gemeinde oder Stadt",
  CHURCH_PARISH: "Kirchgemeinde",
  COMPANY: "Unternehmen",
  OTHER: "Andere Organisation",
};

/** Headings of the reference list, in the consultant's terms ("kantonale Stellen"). */
export const referenceGroupLabels: Record<OrganisationKind, string> = {
  FEDERAL_OFFICE: "Bundesverwaltung",
  CANTONAL_OFFICE: "Kantonale Stellen",
  MUNICIPAL_OFFICE: "Gemeinden und Städte",
  CHURCH_PARISH: "Kirchgemeinden",
  COMPANY: "Unternehmen",
  OTHER: "Weitere",
};

export const challengeLabels: Record<Challenge, string> = {
  ANGRY_CUSTOMERS: "Verärgerte Kundinnen und Kunden, Vorwürfe",
  UNFULFILLABLE_DEMANDS: "Unerfüllbare Forderungen",
  NEGATIVE_DECISIONS: "Negative Entscheide oder Sanktionen mitteilen",
  INVOLUNTARY_CUSTOMERS: "«Zwangskunden», die nicht freiwillig kommen",
  PHONE_STRESS: "Stress am Telefon",
  ENDING_CONVERSATIONS: "Gespräche beenden",
};

export const languageLabels: Record<CourseLanguage, string> = {
  DE: "Deutsch",
  FR: "Französisch",
  IT: "Italienisch",
  EN: "Englisch",
};

export const venueLabels: Record<VenuePreference, string> = {
  AT_CLIENT: "Bei uns vor Ort",
  EXTERNAL: "Externer Kursort",
  ONLINE: "Online",
  OPEN: "Noch offen",
};

/** The salutation as the forms offer it; NEUTRAL greets with the full name (decision 0028). */
/** What an inquiry is about, as the admin pipeline names it. */
export const inquiryKindLabels: Record<InquiryKind, string> = {
  COURSE: "Kurs",
  LEADERSHIP: "Führungskultur",
};

export const salutationLabels: Record<Salutation, string> = {
  MS: "Frau",
  MR: "Herr",
  NEUTRAL: "Ohne Anrede",
};
