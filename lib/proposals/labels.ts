// German names of proposal states for the designer and the portal.
import type { InquiryState, ProposalState } from "./rules";

export const proposalStatusLabels: Record<ProposalState, string> = {
  DRAFT: "Entwurf",
  SENT: "Gesendet, offen",
  ACCEPTED: "Angenommen",
  CHANGES_REQUESTED: "Änderungen gewünscht",
  SUPERSEDED: "Ersetzt",
  EXPIRED: "Abgelaufen",
  WITHDRAWN: "Zurückgezogen",
};

/** Only the states a proposal moves an inquiry through; the inquiry admin names them all. */
export const inquiryStatusNames: Record<InquiryState, string> = {
  NEW: "Neu",
  IN_CLARIFICATION: "In Abklärung",
  PROPOSAL_SENT: "Angebot gesendet",
  CONFIRMED: "Bestätigt",
  HELD: "Durchgeführt",
  CLOSED: "Abgeschlossen",
  DECLINED: "Abgelehnt",
  CANCELLED: "Storniert",
};
