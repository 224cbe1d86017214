// German names of the domain's enumerations, shared by pages, forms and e-mails (decision 0034);
// lib/labels.ts keeps its names for them. `satisfies` makes the compiler refuse a missing value.
import type {
  Challenge,
  CourseFormat,
  CourseLanguage,
  InquiryKind,
  OrganisationKind,
  Salutation,
  VenuePreference,
} from "@/lib/generated/prisma/enums";

export const labels = {
  courseFormat: {
    HALF_DAY: "Halbtag",
    ONE_DAY: "1 Tag",
    TWO_DAYS: "2 Tage",
    SERIES: "Kursreihe",
  } satisfies Record<CourseFormat, string>,
  organisationKind: {
    FEDERAL_OFFICE: "Bundesamt oder Bundesstelle",
    CANTONAL_OFFICE: "Kantonales Amt",
    MUNICIPAL_OFFICE: "Gemeinde oder Stadt",
    CHURCH_PARISH: "Kirchgemeinde",
    COMPANY: "Unternehmen",
    OTHER: "Andere Organisation",
  } satisfies Record<OrganisationKind, string>,
  /** Headings of the reference list, in the consultant's terms ("kantonale Stellen"). */
  referenceGroup: {
    FEDERAL_OFFICE: "Bundesverwaltung",
    CANTONAL_OFFICE: "Kantonale Stellen",
    MUNICIPAL_OFFICE: "Gemeinden und Städte",
    CHURCH_PARISH: "Kirchgemeinden",
    COMPANY: "Unternehmen",
    OTHER: "Weitere",
  } satisfies Record<OrganisationKind, string>,
  challenge: {
    ANGRY_CUSTOMERS: "Verärgerte Kundinnen und Kunden, Vorwürfe",
    UNFULFILLABLE_DEMANDS: "Unerfüllbare Forderungen",
    NEGATIVE_DECISIONS: "Negative Entscheide oder Sanktionen mitteilen",
    INVOLUNTARY_CUSTOMERS: "«Zwangskunden», die nicht freiwillig kommen",
    PHONE_STRESS: "Stress am Telefon",
    ENDING_CONVERSATIONS: "Gespräche beenden",
  } satisfies Record<Challenge, string>,
  language: {
    DE: "Deutsch",
    FR: "Französisch",
    IT: "Italienisch",
    EN: "Englisch",
  } satisfies Record<CourseLanguage, string>,
  venue: {
    AT_CLIENT: "Bei uns vor Ort",
    EXTERNAL: "Externer Kursort",
    ONLINE: "Online",
    OPEN: "Noch offen",
  } satisfies Record<VenuePreference, string>,
  /** What an inquiry is about, as the admin pipeline names it. */
  inquiryKind: {
    COURSE: "Kurs",
    LEADERSHIP: "Führungskultur",
  } satisfies Record<InquiryKind, string>,
  /** The salutation as the forms offer it; NEUTRAL greets with the full name (decision 0028). */
  salutation: {
    MS: "Frau",
    MR: "Herr",
    NEUTRAL: "Ohne Anrede",
  } satisfies Record<Salutation, string>,
};
