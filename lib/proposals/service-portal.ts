// The client portal: a long random token in the link, only its SHA-256 hash stored. A token opens
// its own inquiry's newest sent proposal and nothing else; it can be revoked and it expires.
import type { Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { newManageToken } from "@/lib/manage-token";

import { notifyProposalResponse } from "./notify";
import { getPortalView, PORTAL_STATE_MESSAGES } from "./queries";
import { portalExpiry, RESPONSE_REFUSALS } from "./rules";
import type { AcceptProposalInput, RequestChangesInput } from "./schemas";
import { advanceInquiry } from "./service-inquiry-status";

export {
  getPortalView,
  PORTAL_LINK_EXPIRED_MESSAGE,
  PORTAL_LINK_INVALID_MESSAGE,
  PORTAL_LINK_REVOKED_MESSAGE,
  PORTAL_STATE_MESSAGES,
  type PortalProposal,
  type PortalView,
} from "./queries";

export async function issuePortalAccess(
  tx: Tx,
  input: { inquiryId: string; proposalId: string; now: Date; days: number },
): Promise<{ token: string; expiresAt: Date }> {
  const { token, hash } = newManageToken();
  const expiresAt = portalExpiry(input.now, input.days);
  await tx.portalAccess.create({
    data: { inquiryId: input.inquiryId, proposalId: input.proposalId, tokenHash: hash, expiresAt },
  });
  return { token, expiresAt };
}

/** Revokes every open link of an inquiry, e.g. when a link reached the wrong person. */
export async function revokePortalAccess(
  db: Database,
  _actor: Actor,
  { inquiryId }: { inquiryId: string },
  now = new Date(),
): Promise<number> {
  const { count } = await db.portalAccess.updateMany({
    where: { inquiryId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count;
}

/** Resolves a link for a response, refusing anything but the current, open version. */
async function openProposalFor(tx: Tx, token: string, proposalId: string, now: Date) {
  const view = await getPortalView(tx, token, now);
  if (view.state !== "OK") {
    throw new AppError(view.state === "EXPIRED" ? "EXPIRED" : "NOT_FOUND", PORTAL_STATE_MESSAGES[view.state]);
  }
  if (view.proposal.id !== proposalId) throw new AppError("CONFLICT", RESPONSE_REFUSALS.SUPERSEDED);
  if (!view.verdict.ok) throw new AppError("CONFLICT", RESPONSE_REFUSALS[view.verdict.reason]);
  const inquiry = await tx.inquiry.findUniqueOrThrow({
    where: { id: view.inquiryId },
    select: { id: true, reference: true, organisationName: true, salutation: true, contactName: true, email: true },
  });
  return { view, inquiry };
}

/** Marks a SENT proposal as answered; the conditional update lets only one of two clicks win. */
async function claimResponse(tx: Tx, proposalId: string, data: Record<string, unknown>): Promise<void> {
  const { count } = await tx.proposal.updateMany({ where: { id: proposalId, status: "SENT" }, data });
  if (count === 0)
    throw new AppError("CONFLICT", "Zu dieser Offerte wurde soeben schon geantwortet. Bitte laden Sie die Seite neu.");
}

export async function acceptProposal(
  db: Database,
  actor: Actor,
  input: AcceptProposalInput,
  now = new Date(),
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const { view, inquiry } = await openProposalFor(tx, input.token, input.proposalId, now);
    await claimResponse(tx, view.proposal.id, {
      status: "ACCEPTED",
      respondedAt: now,
      acceptedByName: input.name,
      acceptedByRole: input.role,
    });
    const mail = await notifyProposalResponse(tx, {
      inquiry,
      proposal: view.proposal,
      respondedAt: now,
      response: { kind: "ACCEPTED", name: input.name, role: input.role, token: input.token },
    });
    await tx.inquiryEvent.create({
      data: {
        inquiryId: inquiry.id,
        type: "PROPOSAL_ACCEPTED",
        body: `Version ${view.proposal.version} angenommen von ${input.name} (${input.role}).`,
        outboxMessageId: mail.id,
        data: { proposalId: view.proposal.id, version: view.proposal.version, name: input.name, role: input.role },
        createdAt: now,
      },
    });
    await advanceInquiry(tx, actor, {
      inquiryId: inquiry.id,
      to: "CONFIRMED",
      body: "Offerte online angenommen.",
    });
  });
}

export async function requestProposalChanges(
  db: Database,
  actor: Actor,
  input: RequestChangesInput,
  now = new Date(),
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const { view, inquiry } = await openProposalFor(tx, input.token, input.proposalId, now);
    await claimResponse(tx, view.proposal.id, {
      status: "CHANGES_REQUESTED",
      respondedAt: now,
      changeRequest: input.message,
    });
    const mail = await notifyProposalResponse(tx, {
      inquiry,
      proposal: view.proposal,
      respondedAt: now,
      response: { kind: "CHANGES_REQUESTED", message: input.message },
    });
    await tx.inquiryEvent.create({
      data: {
        inquiryId: inquiry.id,
        type: "CHANGES_REQUESTED",
        body: input.message,
        outboxMessageId: mail.id,
        data: { proposalId: view.proposal.id, version: view.proposal.version },
        createdAt: now,
      },
    });
    // The next step is the consultant's again: the inquiry shows as in clarification, not as
    // waiting for the client, until a revised version is sent.
    await advanceInquiry(tx, actor, {
      inquiryId: inquiry.id,
      to: "IN_CLARIFICATION",
      body: `Änderungswunsch zu Version ${view.proposal.version} der Offerte.`,
    });
  });
}
