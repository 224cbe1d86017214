// The client portal: a long random token in the link, only its SHA-256 hash stored. A token opens
// its own inquiry's newest sent proposal and nothing else; it can be revoked and it expires.
import type { Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { hashManageToken, isManageTokenShape, newManageToken } from "@/lib/manage-token";

import { notifyProposalResponse } from "./notify";
import { canRespond, portalExpiry, portalVerdict, RESPONSE_REFUSALS, type ResponseVerdict } from "./rules";
import type { AcceptProposalInput, RequestChangesInput } from "./schemas";
import { advanceInquiry } from "./service-inquiry-status";
import { parseProposalSnapshot, type ProposalSnapshot } from "./snapshot";

export const PORTAL_LINK_INVALID_MESSAGE =
  "Dieser Link ist nicht gültig. Bitte verwenden Sie den Link aus Ihrer neusten E-Mail zur Offerte.";
export const PORTAL_LINK_REVOKED_MESSAGE = "Dieser Link wurde gesperrt. Bitte melden Sie sich direkt bei uns.";
export const PORTAL_LINK_EXPIRED_MESSAGE =
  "Dieser Link ist abgelaufen. Bitte melden Sie sich, ich sende Ihnen gerne einen neuen.";

/** What a visitor reads when a link opens nothing. */
export const PORTAL_STATE_MESSAGES = {
  INVALID: PORTAL_LINK_INVALID_MESSAGE,
  REVOKED: PORTAL_LINK_REVOKED_MESSAGE,
  EXPIRED: PORTAL_LINK_EXPIRED_MESSAGE,
} as const;

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

export type PortalProposal = {
  id: string;
  version: number;
  status: "DRAFT" | "SENT" | "ACCEPTED" | "CHANGES_REQUESTED" | "SUPERSEDED" | "EXPIRED" | "WITHDRAWN";
  snapshot: ProposalSnapshot;
  validUntil: string;
  sentAt: Date | null;
  respondedAt: Date | null;
  acceptedByName: string | null;
  acceptedByRole: string | null;
  changeRequest: string | null;
};

export type PortalView =
  | { state: "INVALID" | "REVOKED" | "EXPIRED" }
  | { state: "OK"; inquiryId: string; reference: string; proposal: PortalProposal; verdict: ResponseVerdict };

const dateKey = (value: Date) => value.toISOString().slice(0, 10);

/** What a portal link shows now; every check happens here, for the page, the PDF and the actions. */
export async function getPortalView(db: Database | Tx, token: string, now = new Date()): Promise<PortalView> {
  if (!isManageTokenShape(token)) return { state: "INVALID" };
  const access = await db.portalAccess.findUnique({
    where: { tokenHash: hashManageToken(token) },
    include: { inquiry: { select: { id: true, reference: true, status: true } } },
  });
  if (!access) return { state: "INVALID" };
  const verdict = portalVerdict(access, now);
  if (verdict !== "OK") return { state: verdict };
  // Scoped by the link's own inquiry: a token can never reach another client's proposal.
  const proposal = await db.proposal.findFirst({
    where: { inquiryId: access.inquiryId, sentAt: { not: null } },
    orderBy: { version: "desc" },
  });
  if (!proposal) return { state: "INVALID" };
  const view: PortalProposal = {
    id: proposal.id,
    version: proposal.version,
    status: proposal.status,
    snapshot: parseProposalSnapshot(proposal.snapshot, `Proposal ${proposal.id}`),
    validUntil: dateKey(proposal.validUntil),
    sentAt: proposal.sentAt,
    respondedAt: proposal.respondedAt,
    acceptedByName: proposal.acceptedByName,
    acceptedByRole: proposal.acceptedByRole,
    changeRequest: proposal.changeRequest,
  };
  return {
    state: "OK",
    inquiryId: access.inquiryId,
    reference: access.inquiry.reference,
    proposal: view,
    verdict: canRespond(view, access.inquiry.status, now),
  };
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
