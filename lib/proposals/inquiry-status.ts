// The inquiry status changes a proposal causes (sent -> PROPOSAL_SENT, accepted -> CONFIRMED),
// inside the caller's transaction, through the pipeline's one set of rules (lib/inquiries).
import type { Tx } from "@/lib/db/client";
import { applyStatusChange } from "@/lib/inquiries/admin-service";

import { notifyEngagementStatus } from "./engagement-notify";
import type { InquiryState } from "./rules";

export type InquiryStatusChange = {
  inquiryId: string;
  to: InquiryState;
  actorId: string | null;
  body?: string;
};

/** Sending a further version leaves a PROPOSAL_SENT inquiry as it is: no event for a non-change. */
export async function changeInquiryStatus(tx: Tx, change: InquiryStatusChange): Promise<void> {
  const inquiry = await tx.inquiry.findUniqueOrThrow({ where: { id: change.inquiryId }, select: { status: true } });
  if (inquiry.status === change.to) return;
  await applyStatusChange(tx, {
    inquiryId: change.inquiryId,
    to: change.to,
    actorId: change.actorId,
    note: change.body ?? null,
  });
}

/**
 * The engagement's dates exist: an accepted inquiry moves to DATES_SET. Creating sessions again
 * (a further day, a moved date) leaves an inquiry that is already further along as it is.
 */
export async function markDatesSet(tx: Tx, inquiryId: string, actorId: string | null = null): Promise<void> {
  const inquiry = await tx.inquiry.findUniqueOrThrow({ where: { id: inquiryId }, select: { status: true } });
  if (inquiry.status !== "CONFIRMED") return;
  await applyStatusChange(tx, { inquiryId, to: "DATES_SET", actorId, note: null });
  await notifyEngagementStatus(tx, { inquiryId, status: "DATES_SET" });
}
