// The consultant's work on an inquiry: status changes, notes and replies. Each write locks the
// inquiry row and records what happened in the timeline inside the same transaction, so the
// history can never disagree with the state.
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";

import { canTransition, finalInquiryStatuses, inquiryStatusLabels } from "./rules";

type LockedInquiry = { id: string; status: InquiryStatus; firstResponseAt: Date | null };

/** Locks the inquiry row until the transaction ends; every pipeline change goes through here. */
export async function lockInquiry(tx: Tx, inquiryId: string): Promise<LockedInquiry> {
  const rows = await tx.$queryRaw<LockedInquiry[]>`
    SELECT "id", "status"::text AS "status", "firstResponseAt"
      FROM "Inquiry" WHERE "id" = ${inquiryId}::uuid FOR UPDATE`;
  const inquiry = rows[0];
  if (!inquiry) throw new AppError("NOT_FOUND", "Diese Anfrage gibt es nicht.");
  return inquiry;
}

export type StatusChange = {
  inquiryId: string;
  to: InquiryStatus;
  /** The admin user who made the change; null when the client or the system did (portal, jobs). */
  actorId: string | null;
  note?: string | null;
};

/**
 * Moves an inquiry to another status inside the caller's transaction and writes the timeline
 * event. Refuses moves the pipeline does not allow (see rules.ts), with a German message.
 * Also used by the proposal flow (PROPOSAL_SENT, CONFIRMED).
 */
export async function applyStatusChange(
  tx: Tx,
  change: StatusChange,
): Promise<{ from: InquiryStatus; to: InquiryStatus }> {
  const inquiry = await lockInquiry(tx, change.inquiryId);
  const from = inquiry.status;
  if (!canTransition(from, change.to)) {
    throw new AppError(
      "CONFLICT",
      `Eine Anfrage mit dem Status «${inquiryStatusLabels[from]}» kann nicht auf «${inquiryStatusLabels[change.to]}» gesetzt werden.`,
      { field: "to" },
    );
  }
  const now = new Date();
  await tx.inquiry.update({
    where: { id: inquiry.id },
    data: { status: change.to, closedAt: finalInquiryStatuses.includes(change.to) ? now : null },
  });
  await tx.inquiryEvent.create({
    data: {
      inquiryId: inquiry.id,
      type: "STATUS_CHANGED",
      actorId: change.actorId,
      fromStatus: from,
      toStatus: change.to,
      body: change.note?.trim() || null,
      createdAt: now,
    },
  });
  return { from, to: change.to };
}

/** An internal note in the timeline; never shown to the requester. */
export async function addInquiryNote(tx: Tx, input: { inquiryId: string; actorId: string; body: string }) {
  const inquiry = await lockInquiry(tx, input.inquiryId);
  return tx.inquiryEvent.create({
    data: { inquiryId: inquiry.id, type: "NOTE", actorId: input.actorId, body: input.body.trim() },
  });
}
