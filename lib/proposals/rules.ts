// Pure rules of proposals: versions, validity, what a portal link may do, which inquiry states
// allow sending and accepting, and which library items fit an inquiry.
import { addDays, zurichDate, type DateKey } from "@/lib/calendar/zurich-time";
import { plural } from "@/lib/format";

export type ProposalState =
  "DRAFT" | "SENT" | "ACCEPTED" | "CHANGES_REQUESTED" | "SUPERSEDED" | "EXPIRED" | "WITHDRAWN";
export type InquiryState =
  | "NEW"
  | "IN_CLARIFICATION"
  | "PROPOSAL_SENT"
  | "CONFIRMED"
  | "DATES_SET"
  | "HELD"
  | "CLOSED"
  | "DECLINED"
  | "CANCELLED";

/** A proposal can be sent (again) while the inquiry is open; once confirmed or closed it cannot. */
export const SENDABLE_INQUIRY_STATES: readonly InquiryState[] = ["NEW", "IN_CLARIFICATION", "PROPOSAL_SENT"];
/** Only a client waiting for a proposal can accept it. */
export const ACCEPTABLE_INQUIRY_STATES: readonly InquiryState[] = ["PROPOSAL_SENT"];

export function nextVersion(existing: readonly number[]): number {
  return existing.reduce((max, version) => Math.max(max, version), 0) + 1;
}

/** The last day on which the client can accept: the send date in Zurich plus the validity. */
export function validUntilOf(sentAt: Date, validityDays: number): DateKey {
  return addDays(zurichDate(sentAt), validityDays);
}

/** The draft differs from the last sent version when it was saved after that version was sent. */
export function hasUnsentChanges(designUpdatedAt: Date, lastSentAt: Date | null): boolean {
  return lastSentAt === null || designUpdatedAt.getTime() > lastSentAt.getTime();
}

export type PortalAccessState = { expiresAt: Date; revokedAt: Date | null };
export type PortalVerdict = "OK" | "REVOKED" | "EXPIRED";

export function portalVerdict(access: PortalAccessState, now: Date): PortalVerdict {
  if (access.revokedAt && access.revokedAt.getTime() <= now.getTime()) return "REVOKED";
  if (access.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return "OK";
}

export function portalExpiry(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60_000);
}

export type ResponseVerdict =
  { ok: true } | { ok: false; reason: "ACCEPTED" | "CHANGES_REQUESTED" | "SUPERSEDED" | "EXPIRED" | "CLOSED" };

/** Whether the client may still accept a version or ask for changes to it. */
export function canRespond(
  proposal: { status: ProposalState; validUntil: DateKey },
  inquiryStatus: InquiryState,
  now: Date,
): ResponseVerdict {
  if (proposal.status === "ACCEPTED") return { ok: false, reason: "ACCEPTED" };
  if (proposal.status === "CHANGES_REQUESTED") return { ok: false, reason: "CHANGES_REQUESTED" };
  if (proposal.status === "SUPERSEDED" || proposal.status === "WITHDRAWN") return { ok: false, reason: "SUPERSEDED" };
  if (proposal.status === "EXPIRED" || zurichDate(now) > proposal.validUntil) return { ok: false, reason: "EXPIRED" };
  if (proposal.status !== "SENT" || !ACCEPTABLE_INQUIRY_STATES.includes(inquiryStatus)) {
    return { ok: false, reason: "CLOSED" };
  }
  return { ok: true };
}

export const RESPONSE_REFUSALS: Record<Exclude<ResponseVerdict, { ok: true }>["reason"], string> = {
  ACCEPTED: "Diese Offerte ist bereits angenommen.",
  CHANGES_REQUESTED:
    "Zu dieser Offerte haben Sie bereits Änderungen gewünscht. Sie erhalten eine überarbeitete Fassung.",
  SUPERSEDED: "Zu dieser Offerte gibt es eine neuere Fassung. Bitte laden Sie die Seite neu.",
  EXPIRED: "Diese Offerte ist abgelaufen. Bitte melden Sie sich, ich erneuere sie gerne.",
  CLOSED: "Diese Anfrage ist abgeschlossen; die Offerte kann nicht mehr angenommen werden.",
};

export type LibraryItem = { id: string; fieldIds: readonly string[]; challenges: readonly string[]; sortOrder: number };
export type SuggestionReason = { field: boolean; challenges: string[] };

/**
 * Library items that fit an inquiry, best first: each shared challenge counts one point, the
 * inquiry's field of activity two (it says most about the team's daily work). Items without any
 * match are not suggested.
 */
export function rankSuggestions<T extends LibraryItem>(
  items: readonly T[],
  inquiry: { fieldId: string | null; challenges: readonly string[] },
): (T & { score: number; reason: SuggestionReason })[] {
  return items
    .map((item) => {
      const field = inquiry.fieldId !== null && item.fieldIds.includes(inquiry.fieldId);
      const challenges = item.challenges.filter((challenge) => inquiry.challenges.includes(challenge));
      return { ...item, score: (field ? 2 : 0) + challenges.length, reason: { field, challenges } };
    })
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score || a.sortOrder - b.sortOrder);
}

/** "2 Kurstage", "0,5 Kurstage", "1 Kurstag" */
export function courseDaysLabel(days: number): string {
  return `${String(days).replace(".", ",")} ${plural(days, "Kurstag", "Kurstage")}`;
}

/**
 * A warning when the programme spans other course days than the price charges (day rate only:
 * a flat fee names no days). programmeDays counts half days as 0.5 (agendaDayCount).
 */
export function programmeDaysWarning(
  pricing: { mode: "DAY_RATE" | "FLAT_FEE"; days: number | null },
  programmeDays: number,
): string | null {
  if (pricing.mode !== "DAY_RATE" || programmeDays === 0) return null;
  const priced = pricing.days ?? 0;
  if (priced === programmeDays) return null;
  return `Das Programm umfasst ${courseDaysLabel(programmeDays)}, der Preis ${courseDaysLabel(priced)}. Passen Sie das Programm oder die Anzahl Kurstage beim Preis an.`;
}

/** Shorter lines ("Grüezi", "Danke") are too common to count as a quotation. */
const QUOTE_MIN_CHARS = 30;
const normalised = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Whether the situation still carries a paragraph of the client's inquiry word for word: the
 * consultant may start from the client's words but sends the situation in his own.
 */
export function quotesInquiry(situation: string, message: string | null): boolean {
  if (!message) return false;
  const text = normalised(situation);
  return message
    .split(/\n\s*\n|\n/)
    .map(normalised)
    .some((paragraph) => paragraph.length >= QUOTE_MIN_CHARS && text.includes(paragraph));
}

export const QUOTED_INQUIRY_MESSAGE =
  "Die Ausgangslage enthält Sätze aus der Anfrage unverändert. Bitte formulieren Sie sie in Ihren eigenen Worten, bevor Sie die Offerte senden.";
