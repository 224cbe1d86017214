// The inquiry status changes a proposal causes (sent -> PROPOSAL_SENT, accepted -> CONFIRMED),
// with their timeline event, inside the caller's transaction. Kept minimal on purpose: the
// inquiry admin's own status rules take this over when both are merged.
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import type { InquiryState } from "./rules";

export type InquiryStatusChange = {
  inquiryId: string;
  to: InquiryState;
  /** The change is refused unless the inquiry is in one of these states. */
  allowedFrom: readonly InquiryState[];
  actorId: string | null;
  body?: string;
};

/**
 * Moves the inquiry and records STATUS_CHANGED; no event when it is already in the target state.
 * The conditional update makes a concurrent change lose cleanly instead of overwriting.
 */
export async function changeInquiryStatus(tx: Tx, change: InquiryStatusChange): Promise<void> {
  const inquiry = await tx.inquiry.findUniqueOrThrow({ where: { id: change.inquiryId }, select: { status: true } });
  if (inquiry.status === change.to) return;
  if (!change.allowedFrom.includes(inquiry.status)) {
    throw new AppError("CONFLICT", "Der Status dieser Anfrage lässt diesen Schritt nicht mehr zu.");
  }
  const { count } = await tx.inquiry.updateMany({
    where: { id: change.inquiryId, status: inquiry.status },
    data: { status: change.to },
  });
  if (count === 0) throw new AppError("CONFLICT", "Die Anfrage wurde soeben geändert. Bitte laden Sie die Seite neu.");
  await tx.inquiryEvent.create({
    data: {
      inquiryId: change.inquiryId,
      type: "STATUS_CHANGED",
      actorId: change.actorId,
      fromStatus: inquiry.status,
      toStatus: change.to,
      body: change.body,
    },
  });
}
