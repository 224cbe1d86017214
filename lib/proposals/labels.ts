// German names of proposal states for the designer and the portal.
import type { ProposalState } from "./rules";

export const proposalStatusLabels: Record<ProposalState, string> = {
  DRAFT: "Entwurf",
  SENT: "Gesendet, offen",
  ACCEPTED: "Angenommen",
  CHANGES_REQUESTED: "Änderungen gewünscht",
  SUPERSEDED: "Ersetzt",
  EXPIRED: "Abgelaufen",
  WITHDRAWN: "Zurückgezogen",
};
