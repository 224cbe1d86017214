// Public reads of the client portal: what a link opens now. No "server-only": the mail registry
// (worker, scripts) reaches it through the certificates' attachment.
import type { Database, Tx } from "@/lib/db/client";
import { hashManageToken, isManageTokenShape } from "@/lib/manage-token";

import { canRespond, portalVerdict, type ResponseVerdict } from "./rules";
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

/**
 * The accepted version of an engagement (its newest accepted proposal): title and group size, as
 * the client accepted them. Null before acceptance. Team registration takes its capacity from it.
 */
export async function getAcceptedEngagement(
  db: Database | Tx,
  inquiryId: string,
): Promise<{ proposalId: string; title: string; groupSize: number | null } | null> {
  const accepted = await db.proposal.findFirst({
    where: { inquiryId, status: "ACCEPTED" },
    orderBy: { version: "desc" },
    select: { id: true, snapshot: true },
  });
  if (!accepted) return null;
  const snapshot = parseProposalSnapshot(accepted.snapshot, `Proposal ${accepted.id}`);
  return { proposalId: accepted.id, title: snapshot.title, groupSize: snapshot.logistics.participants };
}
