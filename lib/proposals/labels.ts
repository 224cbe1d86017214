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

/**
 * What happens after the client accepts: shown in the portal instead of the proposal's own "next
 * steps" (which invite to accept) and in the acceptance mail.
 */
export const AFTER_ACCEPTANCE_STEPS: readonly string[] = [
  "Ich melde mich in den nächsten Arbeitstagen bei Ihnen, um die Kursdaten festzulegen.",
  "Sobald die Daten feststehen, erhalten Sie sie per E-Mail, mit einem Kalendereintrag für jeden Kurstag.",
  "Für die Rollenspiele bereite ich Situationen aus Ihrem Arbeitsalltag vor. Typische Beispiele aus Ihrem Team nehme ich gerne jederzeit entgegen.",
];
