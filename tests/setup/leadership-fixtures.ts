// A leadership inquiry (Führungskultur, decision 0032) as its public form sends it.
import { emptyLeadershipInquiry, type SubmitLeadershipInquiryFormValues } from "@/lib/inquiries/schemas";

export function leadershipFormValues(
  overrides: Partial<SubmitLeadershipInquiryFormValues> = {},
): SubmitLeadershipInquiryFormValues {
  return {
    ...emptyLeadershipInquiry(),
    organisationName: "Steuerverwaltung des Kantons Bern",
    organisationKind: "CANTONAL_OFFICE",
    department: "Veranlagung",
    salutation: "MS",
    contactName: "Anna von Allmen",
    email: "anna.vonallmen@steuern.example",
    teamSize: "24",
    desiredChange: "Die Teamleitenden sollen Konflikte früher ansprechen.\nUnd wir wollen gemeinsam führen.",
    attendees: "Geschäftsleitung und sechs Teamleitende",
    preferredPeriod: "Herbst 2027",
    privacyConsent: true,
    ...overrides,
  };
}
