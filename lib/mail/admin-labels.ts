// German names of the delivery states, for the e-mail log and the inquiry timeline.
import type { OutboxStatus } from "@/lib/generated/prisma/enums";

export const outboxStatusLabels: Record<OutboxStatus, string> = {
  QUEUED: "In der Warteschlange",
  SENDING: "Wird gesendet",
  SENT: "Gesendet",
  RETRYING: "Neuer Versuch folgt",
  FAILED: "Fehlgeschlagen",
};
