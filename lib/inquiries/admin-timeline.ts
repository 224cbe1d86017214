// The inquiry's history as the consultant reads it: timeline events and every e-mail, in order.
import { z } from "zod";

import { formatDateTime } from "@/lib/format";
import type { InquiryEventType, InquiryStatus, OutboxStatus } from "@/lib/generated/prisma/enums";

import { appointmentBookedText } from "./rules";

type MailState = {
  id: string;
  status: OutboxStatus;
  subject: string | null;
  attempts: number;
  lastError: string | null;
};

type TimelineEvent = {
  id: string;
  type: InquiryEventType;
  createdAt: Date;
  fromStatus: InquiryStatus | null;
  toStatus: InquiryStatus | null;
  body: string | null;
  data: unknown;
  actor: { name: string | null; email: string } | null;
  outboxMessage: MailState | null;
};

type TimelineMail = MailState & { template: string; recipient: string; createdAt: Date; sentAt: Date | null };

export type TimelineEntry =
  { kind: "event"; at: Date; event: TimelineEvent } | { kind: "mail"; at: Date; mail: TimelineMail };

/**
 * Events in order, plus the e-mails no event speaks of (the confirmation to the requester, the
 * notice to the consultant), so every mail about the inquiry appears once with its delivery status.
 */
export function buildTimeline(events: TimelineEvent[], mails: TimelineMail[]): TimelineEntry[] {
  const mentioned = new Set(events.map((event) => event.outboxMessage?.id).filter(Boolean));
  const entries: TimelineEntry[] = [
    ...events.map((event) => ({ kind: "event" as const, at: event.createdAt, event })),
    ...mails
      .filter((mail) => !mentioned.has(mail.id))
      .map((mail) => ({ kind: "mail" as const, at: mail.createdAt, mail })),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}

export const inquiryEventLabels: Record<InquiryEventType, string> = {
  RECEIVED: "Anfrage eingegangen",
  STATUS_CHANGED: "Status geändert",
  NOTE: "Interne Notiz",
  EMAIL: "E-Mail an die anfragende Person",
  PROPOSAL_SENT: "Offerte versandt",
  PROPOSAL_ACCEPTED: "Offerte angenommen",
  CHANGES_REQUESTED: "Änderungen gewünscht",
  APPOINTMENT_BOOKED: "Erstgespräch gebucht",
  SESSION_CREATED: "Kurstermin erfasst",
  FOLLOW_UP_ANSWERED: "Nachbereitung beantwortet",
};

// An ISO timestamp as JSON or toISOString writes it; events stored before the texts were formatted hold them.
const isoTimestamp = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g;

const bookedCallData = z.object({ startsAt: z.string() });

function startsAtOf(data: unknown): Date | undefined {
  const parsed = bookedCallData.safeParse(data);
  if (!parsed.success) return undefined;
  const date = new Date(parsed.data.startsAt);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The text under an event's label, as the consultant reads it. A booked call is told from its data
 * (so rows written with a raw UTC timestamp read right too); any other timestamp left in a stored
 * text is shown as a Swiss date and time.
 */
export function timelineEventText(event: Pick<TimelineEvent, "type" | "body" | "data">): string | null {
  const startsAt = event.type === "APPOINTMENT_BOOKED" ? startsAtOf(event.data) : undefined;
  if (startsAt) return appointmentBookedText(startsAt);
  if (!event.body) return null;
  return event.body.replace(isoTimestamp, (match) => {
    const date = new Date(match);
    return Number.isNaN(date.getTime()) ? match : formatDateTime(date);
  });
}
