// The inquiry pipeline's status rules, pure so that pages, actions and tests share one table.
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
  // Dates are usually set by creating the sessions (lib/proposals/sessions.ts); an engagement whose
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
  PROPOSAL_SENT: "Angebot versandt",
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
  organisationName: true,
  contactName: true,
  status: true,
  receivedAt: true,
  responseDueAt: true,
  firstResponseAt: true,
} as const;
