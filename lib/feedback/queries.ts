import "server-only";

// Public reads of the feedback form and the withdrawal page, by the link's token only.
import { getRunCertificates, runRefOfKey } from "@/lib/certificates/queries";
import type { Database } from "@/lib/db/client";
import { hashManageToken, isManageTokenShape } from "@/lib/manage-token";

export type FeedbackFormView =
  { state: "INVALID" | "USED" } | { state: "OK"; name: string; courseTitle: string; goals: string[] };

export async function getFeedbackForm(db: Database, token: string): Promise<FeedbackFormView> {
  if (!isManageTokenShape(token)) return { state: "INVALID" };
  const invitation = await db.feedbackInvitation.findUnique({
    where: { tokenHash: hashManageToken(token) },
    select: { name: true, usedAt: true, run: { select: { runKey: true, title: true } } },
  });
  if (!invitation) return { state: "INVALID" };
  if (invitation.usedAt) return { state: "USED" };
  const ref = runRefOfKey(invitation.run.runKey);
  const run = ref ? await getRunCertificates(db, ref) : null;
  return { state: "OK", name: invitation.name, courseTitle: invitation.run.title, goals: run?.goals ?? [] };
}

export type WithdrawView = { state: "INVALID" } | { state: "OK"; withdrawn: boolean; quote: string | null };

export async function getWithdrawView(db: Database, token: string): Promise<WithdrawView> {
  if (!isManageTokenShape(token)) return { state: "INVALID" };
  const response = await db.feedbackResponse.findUnique({
    where: { withdrawTokenHash: hashManageToken(token) },
    select: { withdrawnAt: true, quote: true },
  });
  if (!response) return { state: "INVALID" };
  return { state: "OK", withdrawn: Boolean(response.withdrawnAt), quote: response.quote };
}
