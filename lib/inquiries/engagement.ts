// Where an engagement stands, as the client and the consultant read it: the inquiry's status
// mapped onto the seven stages of the status line (decision 0023). Pure, so the portal, the admin
// detail page and tests share one mapping.
import type { InquiryStatus } from "@/lib/generated/prisma/enums";

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
  PROPOSAL: "Angebot",
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
