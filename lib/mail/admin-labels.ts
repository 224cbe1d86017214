// German names of the delivery states, for the e-mail log and the inquiry timeline.
import type { OutboxStatus } from "@/lib/generated/prisma/enums";

import type { MailTemplateName } from "./templates";

export const outboxStatusLabels: Record<OutboxStatus, string> = {
  QUEUED: "In der Warteschlange",
  SENDING: "Wird gesendet",
  SENT: "Gesendet",
  RETRYING: "Neuer Versuch folgt",
  FAILED: "Fehlgeschlagen",
};

/** What each template is, for the e-mail log: the admin never sees a template's internal name. */
export const mailTemplateLabels: Record<MailTemplateName, string> = {
  message: "Nachricht",
  "sign-in-link": "Anmeldelink",
  "call-booked": "Erstgespräch gebucht",
  "call-cancelled": "Erstgespräch abgesagt",
  "booking-placed": "Buchung",
  "booking-cancelled": "Buchung storniert",
  "session-reminder": "Erinnerung an den Kurs",
  "inquiry-confirmation": "Eingangsbestätigung der Anfrage",
  "inquiry-notification": "Neue Anfrage",
  "session-changed": "Kurstermin geändert",
  "inquiry-digest": "Übersicht der Anfragen",
  "proposal-sent": "Offerte",
  "proposal-accepted": "Offerte angenommen",
  "engagement-status": "Stand des Auftrags",
  "team-registration": "Anmeldung zum Firmenkurs",
  "invoice-issued": "Rechnung",
  "course-certificate": "Kursbestätigung",
  "feedback-thanks": "Dank für die Rückmeldung",
  "follow-up-check": "Nachbereitung",
};

/** A template name from the database: known ones by their label, anything else as a neutral word. */
export function mailTemplateLabel(template: string): string {
  return mailTemplateLabels[template as MailTemplateName] ?? "E-Mail";
}
