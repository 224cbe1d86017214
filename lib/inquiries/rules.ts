// The inquiry pipeline's status rules, pure so that pages, actions and tests share one table.
import { formatLongDate, formatTime } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";

/** The order the pipeline moves forward in; declined and cancelled end it from any open state. */
export const inquiryStatusOrder: readonly InquiryStatus[] = [
  "NEW",
  "IN_CLARIFICATION",
  "PROPOSAL_SENT",
  "CONFIRMED",
  "DATES_SET",
  "HELD",
  "CLOSED",
  "DECLINED",
  "CANCELLED",
];

/** Closed, declined and cancelled inquiries are finished: nothing moves them again. */
export const finalInquiryStatuses: readonly InquiryStatus[] = ["CLOSED", "DECLINED", "CANCELLED"];

/**
 * Allowed moves. Forward one step along the pipeline, plus "declined"/"cancelled" from every open
 * state. A proposal may be sent again after changes were requested, so PROPOSAL_SENT can go back to
 * IN_CLARIFICATION; nothing else moves backwards, so the timeline stays a story that makes sense.
 * A proposal may also go out straight from a new inquiry (the first call already clarified it).
 */
export const inquiryTransitions: Readonly<Record<InquiryStatus, readonly InquiryStatus[]>> = {
  NEW: ["IN_CLARIFICATION", "PROPOSAL_SENT", "DECLINED", "CANCELLED"],
  IN_CLARIFICATION: ["PROPOSAL_SENT", "DECLINED", "CANCELLED"],
  PROPOSAL_SENT: ["CONFIRMED", "IN_CLARIFICATION", "DECLINED", "CANCELLED"],
  // Dates are usually set by creating the sessions (lib/proposals/service-sessions.ts); an engagement whose
  // dates were agreed outside the app may still be marked held directly.
  CONFIRMED: ["DATES_SET", "HELD", "DECLINED", "CANCELLED"],
  DATES_SET: ["HELD", "CANCELLED"],
  HELD: ["CLOSED"],
  CLOSED: [],
  DECLINED: [],
  CANCELLED: [],
};

export function canTransition(from: InquiryStatus, to: InquiryStatus): boolean {
  return inquiryTransitions[from].includes(to);
}

export function nextStatuses(from: InquiryStatus): readonly InquiryStatus[] {
  return inquiryTransitions[from];
}

export function isOpenInquiry(status: InquiryStatus): boolean {
  return !finalInquiryStatuses.includes(status);
}

/** Statuses in which the requester still waits for a first answer from the consultant. */
export const awaitingResponseStatuses: readonly InquiryStatus[] = ["NEW", "IN_CLARIFICATION"];

/**
 * Overdue: the response was due and no one has answered yet. Once the consultant replied (or the
 * inquiry left the early stages), the due time no longer matters.
 */
export function isInquiryOverdue(
  inquiry: { status: InquiryStatus; responseDueAt: Date; firstResponseAt: Date | null },
  now: Date,
): boolean {
  return (
    inquiry.firstResponseAt === null &&
    awaitingResponseStatuses.includes(inquiry.status) &&
    inquiry.responseDueAt.getTime() < now.getTime()
  );
}

export const inquiryStatusLabels: Record<InquiryStatus, string> = {
  NEW: "Neu",
  IN_CLARIFICATION: "In Klärung",
  PROPOSAL_SENT: "Offerte versandt",
  CONFIRMED: "Bestätigt",
  DATES_SET: "Termine festgelegt",
  HELD: "Durchgeführt",
  CLOSED: "Abgeschlossen",
  DECLINED: "Abgelehnt",
  CANCELLED: "Storniert",
};

// Query building blocks shared by the inquiry list, the dashboard and the digest.
/** Inquiries the consultant still owes a first answer and whose due time has passed. */
export function overdueInquiryWhere(now: Date): Prisma.InquiryWhereInput {
  return {
    status: { in: [...awaitingResponseStatuses] },
    firstResponseAt: null,
    responseDueAt: { lt: now },
  };
}

/** What a line in an inquiry list shows (the list, the dashboard, the digest). */
export const inquiryRowSelect = {
  id: true,
  reference: true,
  kind: true,
  organisationName: true,
  contactName: true,
  status: true,
  receivedAt: true,
  responseDueAt: true,
  firstResponseAt: true,
} as const;

// Where an engagement stands, as the client and the consultant read it: the inquiry's status
// mapped onto the seven stages of the status line (decision 0023). Pure, so the portal, the admin
// detail page and tests share one mapping.

export const engagementStages = [
  "RECEIVED",
  "IN_CLARIFICATION",
  "PROPOSAL",
  "ACCEPTED",
  "DATES_SET",
  "HELD",
  "FOLLOW_UP_DONE",
] as const;
export type EngagementStage = (typeof engagementStages)[number];

export const engagementStageLabels: Record<EngagementStage, string> = {
  RECEIVED: "Anfrage eingegangen",
  IN_CLARIFICATION: "In Klärung",
  PROPOSAL: "Offerte",
  ACCEPTED: "Angenommen",
  DATES_SET: "Termine festgelegt",
  HELD: "Durchgeführt",
  FOLLOW_UP_DONE: "Nachbereitung abgeschlossen",
};

/** Declined and cancelled inquiries left the line; they have no stage. */
const stageOfStatus: Record<InquiryStatus, EngagementStage | null> = {
  NEW: "RECEIVED",
  IN_CLARIFICATION: "IN_CLARIFICATION",
  PROPOSAL_SENT: "PROPOSAL",
  CONFIRMED: "ACCEPTED",
  DATES_SET: "DATES_SET",
  HELD: "HELD",
  CLOSED: "FOLLOW_UP_DONE",
  DECLINED: null,
  CANCELLED: null,
};

export function engagementStageOf(status: InquiryStatus): EngagementStage | null {
  return stageOfStatus[status];
}

export type EngagementStep = { stage: EngagementStage; label: string; state: "done" | "current" | "upcoming" };

/**
 * The status line: every stage before the current one is done (a proposal sent straight after the
 * first call skips clarification, which then counts as done), the current one is marked, the rest
 * are to come. Null for a declined or cancelled inquiry.
 */
export function engagementSteps(status: InquiryStatus): EngagementStep[] | null {
  const current = engagementStageOf(status);
  if (current === null) return null;
  const index = engagementStages.indexOf(current);
  return engagementStages.map((stage, position) => ({
    stage,
    label: engagementStageLabels[stage],
    // The last stage is a finish line: once reached it is done, not waiting for more.
    state:
      position < index || (position === index && stage === "FOLLOW_UP_DONE")
        ? "done"
        : position === index
          ? "current"
          : "upcoming",
  }));
}

/** The status changes the client hears about by mail (the others happen with them or mean nothing to them). */
export const clientNotifiedStatuses: readonly InquiryStatus[] = ["DATES_SET", "HELD"];

export function isClientNotifiedStatus(status: InquiryStatus): boolean {
  return clientNotifiedStatuses.includes(status);
}

/** "Erstgespräch gebucht für Dienstag, 08.12.2026, 14:00 Uhr": the stored text of a booked call, in Zurich time. */
export function appointmentBookedText(startsAt: Date): string {
  return `Erstgespräch gebucht für ${formatLongDate(startsAt)}, ${formatTime(startsAt)} Uhr`;
}
