// A valid public inquiry as the form sends it, for tests that submit over HTTP.
import { emptyInquiry } from "@/lib/inquiries/schemas";

export function inquiryInput(email: string) {
  return {
    ...emptyInquiry(),
    organisationName: "Steueramt Luzern",
    organisationKind: "CANTONAL_OFFICE",
    contactName: "Zoë Müller",
    email,
    participants: "12",
    message: "Unser Team am Schalter erlebt oft Druck.",
    privacyConsent: true,
  };
}
