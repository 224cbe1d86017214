// The inquiry status changes a proposal causes (sent -> PROPOSAL_SENT, accepted -> CONFIRMED),
// inside the caller's transaction, through the pipeline's one set of rules (lib/inquiries).
import type { Actor } from "@/lib/db/actor";
import type { Tx } from "@/lib/db/client";
import { applyStatusChange } from "@/lib/inquiries/service";

import { notifyEngagementStatus } from "./notify-engagement";
import type { InquiryState } from "./rules";

export type InquiryStatusChange = { inquiryId: string; to: InquiryState; body?: string };

/** Sending a further version leaves a PROPOSAL_SENT inquiry as it is: no event for a non-change. */
export async function advanceInquiry(tx: Tx, actor: Actor, change: InquiryStatusChange): Promise<void> {
  const inquiry = await tx.inquiry.findUniqueOrThrow({ where: { id: change.inquiryId }, select: { status: true } });
  if (inquiry.status === change.to) return;
  await applyStatusChange(tx, actor, { inquiryId: change.inquiryId, to: change.to, note: change.body ?? null });
}

/**
 * The engagement's dates exist: an accepted inquiry moves to DATES_SET. Creating sessions again
 * (a further day, a moved date) leaves an inquiry that is already further along as it is.
 */
export async function markDatesSet(tx: Tx, actor: Actor, inquiryId: string): Promise<void> {
  const inquiry = await tx.inquiry.findUniqueOrThrow({ where: { id: inquiryId }, select: { status: true } });
  if (inquiry.status !== "CONFIRMED") return;
  await applyStatusChange(tx, actor, { inquiryId, to: "DATES_SET", note: null });
  await notifyEngagementStatus(tx, { inquiryId, status: "DATES_SET" });
}
