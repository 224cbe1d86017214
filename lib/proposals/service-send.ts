// Sending freezes the draft as the next numbered version: snapshot and prices copied, earlier
// open versions superseded, a portal link issued (hash only), the mail written to the outbox,
// the timeline and the inquiry status updated, all in one transaction.
import { readBusinessProfile } from "@/lib/business-profile/queries";
import { profileAddressLines } from "@/lib/business-profile/schemas";
import { assertProfileCompleteForInvoicing } from "@/lib/business-profile/service";
import { actorUserId, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { inTransaction } from "@/lib/db/transaction";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { absoluteUrl } from "@/lib/links";
import { mailEnvelope } from "@/lib/mail/envelope";
import { renderMail } from "@/lib/mail/render";

import { notifyProposalSent, proposalSentProps } from "./notify";
import { proposalPdfFileName } from "./pdf";
import { clientWords } from "./prefill";
import {
  nextVersion,
  portalExpiry,
  QUOTED_INQUIRY_MESSAGE,
  quotesInquiry,
  SENDABLE_INQUIRY_STATES,
  validUntilOf,
} from "./rules";
import { advanceInquiry } from "./service-inquiry-status";
import { issuePortalAccess } from "./service-portal";
import { buildSnapshot, type Consultant, type DesignForSnapshot, type ProposalSnapshot } from "./snapshot";

/** Who a proposal is for: what the designer, the snapshot and the mail all need of the inquiry. */
export const proposalInquirySelect = {
  id: true,
  reference: true,
  organisationName: true,
  department: true,
  salutation: true,
  contactName: true,
  email: true,
  status: true,
  kind: true,
  message: true,
  desiredChange: true,
} as const;

const designInclude = {
  goals: { orderBy: { position: "asc" as const } },
  agendaItems: { orderBy: [{ day: "asc" as const }, { position: "asc" as const }] },
  inquiry: { select: { ...proposalInquirySelect, firstResponseAt: true } },
};

type LoadedDesign = Prisma.CourseDesignGetPayload<{ include: typeof designInclude }>;

export async function loadDesign(db: Database | Tx, designId: string): Promise<LoadedDesign | null> {
  return db.courseDesign.findUnique({ where: { id: designId }, include: designInclude });
}

export function toSnapshotInput(design: LoadedDesign): DesignForSnapshot {
  return {
    ...design,
    days: design.days === null ? null : Number(design.days),
    goals: design.goals,
    agendaItems: design.agendaItems,
  };
}

/**
 * Who signs the proposal: the person of the business profile, else the consultant (the first
 * owner account), also when an assistant sends it; the sender's own name only if neither has one.
 * Address and UID come from the profile, so the PDF carries no seeded constant.
 */
export async function consultantOf(db: Database | Tx, sender: { name: string | null } | null): Promise<Consultant> {
  const [owner, profile] = await Promise.all([
    db.user.findFirst({
      where: { role: "OWNER", active: true, name: { not: null } },
      orderBy: { createdAt: "asc" },
      select: { name: true },
    }),
    readBusinessProfile(db),
  ]);
  return {
    name: profile.name || owner?.name || sender?.name || "Anliegen",
    email: profile.email || getEnv().CONSULTANT_EMAIL,
    lines: [...profileAddressLines(profile), ...(profile.uid ? [`UID ${profile.uid}`] : [])],
  };
}

/** The signed-in sender's name, for the consultant line when no owner has one. */
async function senderOf(db: Database | Tx, actor: Actor): Promise<{ name: string | null } | null> {
  const id = actorUserId(actor);
  return id ? db.user.findUnique({ where: { id }, select: { name: true } }) : null;
}

/** The draft as it would be sent now: for the preview and the comparison with sent versions. */
export function draftSnapshot(design: LoadedDesign, consultant: Consultant, now = new Date()): ProposalSnapshot {
  return buildSnapshot(toSnapshotInput(design), {
    version: 0,
    validUntil: validUntilOf(now, design.validityDays),
    inquiry: design.inquiry,
    consultant,
  });
}

/** What must hold before a draft goes to the client; the preview checks the same. */
function assertSendable(design: LoadedDesign): void {
  if (!SENDABLE_INQUIRY_STATES.includes(design.inquiry.status)) {
    throw new AppError(
      "CONFLICT",
      "Diese Anfrage ist bestätigt oder abgeschlossen; eine neue Offerte kann nicht mehr gesendet werden.",
    );
  }
  if (design.goals.length === 0)
    throw new AppError("VALIDATION", "Bitte nehmen Sie mindestens ein Ziel auf.", { field: "goals" });
  if (!design.agendaItems.some((item) => item.kind !== "BREAK")) {
    throw new AppError("VALIDATION", "Bitte nehmen Sie mindestens ein Modul ins Programm auf.", { field: "agenda" });
  }
  if (quotesInquiry(design.situation, clientWords(design.inquiry))) {
    throw new AppError("VALIDATION", QUOTED_INQUIRY_MESSAGE, { field: "situation" });
  }
}

function assertPriced(design: LoadedDesign, snapshot: ProposalSnapshot): void {
  if (snapshot.price.netCents <= 0) {
    throw new AppError("VALIDATION", "Bitte geben Sie einen Preis an.", {
      field: design.pricingMode === "DAY_RATE" ? "dayRate" : "flatFee",
    });
  }
}

export type ProposalMailPreview = { to: string; subject: string; text: string; attachment: string };

/**
 * The mail the client will get if the draft is sent now, rendered from the real template: the
 * next version's number, prices and validity; only the personal link is a placeholder, since it
 * is issued when sending.
 */
export async function previewProposalMail(
  db: Database,
  actor: Actor,
  input: { designId: string; now?: Date },
): Promise<ProposalMailPreview> {
  const now = input.now ?? new Date();
  const design = await loadDesign(db, input.designId);
  if (!design) throw new AppError("NOT_FOUND", "Dieses Konzept gibt es nicht mehr.");
  assertSendable(design);
  await assertProfileCompleteForInvoicing(db);
  const previous = await db.proposal.findMany({ where: { designId: design.id }, select: { version: true } });
  const version = nextVersion(previous.map((proposal) => proposal.version));
  const snapshot = buildSnapshot(toSnapshotInput(design), {
    version,
    validUntil: validUntilOf(now, design.validityDays),
    inquiry: design.inquiry,
    consultant: await consultantOf(db, await senderOf(db, actor)),
  });
  assertPriced(design, snapshot);
  const rendered = await renderMail(
    "proposal-sent",
    mailEnvelope(
      "proposal-sent",
      proposalSentProps({
        inquiry: design.inquiry,
        proposal: { version, snapshot },
        portalUrl: `${absoluteUrl("/portal/")}…`,
        linkExpiresAt: portalExpiry(now, getEnv().PORTAL_LINK_DAYS),
      }),
    ),
  );
  return {
    to: design.inquiry.email,
    subject: rendered.subject,
    text: rendered.text,
    attachment: proposalPdfFileName(snapshot),
  };
}

export async function sendProposal(
  db: Database,
  actor: Actor,
  input: { designId: string; now?: Date },
): Promise<{ proposalId: string; version: number }> {
  const now = input.now ?? new Date();
  try {
    return await inTransaction(db, async (tx) => {
      // One send at a time per design, so version numbers follow each other.
      await tx.$queryRaw`SELECT "id" FROM "CourseDesign" WHERE "id" = ${input.designId}::uuid FOR UPDATE`;
      const design = await loadDesign(tx, input.designId);
      if (!design) throw new AppError("NOT_FOUND", "Dieses Konzept gibt es nicht mehr.");
      assertSendable(design);
      // The PDF and the mail carry the consultant's address and bank details: none may be missing.
      await assertProfileCompleteForInvoicing(tx);
      const previous = await tx.proposal.findMany({ where: { designId: design.id }, select: { version: true } });
      const version = nextVersion(previous.map((proposal) => proposal.version));
      const validUntil = validUntilOf(now, design.validityDays);
      const snapshot = buildSnapshot(toSnapshotInput(design), {
        version,
        validUntil,
        inquiry: design.inquiry,
        consultant: await consultantOf(tx, await senderOf(tx, actor)),
      });
      assertPriced(design, snapshot);
      await tx.proposal.updateMany({
        where: { designId: design.id, status: { in: ["SENT", "CHANGES_REQUESTED"] } },
        data: { status: "SUPERSEDED" },
      });
      const proposal = await tx.proposal.create({
        data: {
          designId: design.id,
          inquiryId: design.inquiryId,
          version,
          status: "SENT",
          snapshot,
          netCents: snapshot.price.netCents,
          vatCents: snapshot.price.vatCents,
          totalCents: snapshot.price.totalCents,
          validUntil: new Date(`${validUntil}T00:00:00Z`),
          sentAt: now,
          sentById: actorUserId(actor),
        },
      });
      const access = await issuePortalAccess(tx, {
        inquiryId: design.inquiryId,
        proposalId: proposal.id,
        now,
        days: getEnv().PORTAL_LINK_DAYS,
      });
      const mail = await notifyProposalSent(tx, {
        inquiry: design.inquiry,
        proposal: { id: proposal.id, version, snapshot },
        token: access.token,
        linkExpiresAt: access.expiresAt,
      });
      await tx.inquiryEvent.create({
        data: {
          inquiryId: design.inquiryId,
          type: "PROPOSAL_SENT",
          actorId: actorUserId(actor),
          body: `Offerte Version ${version} an ${design.inquiry.email} gesendet.`,
          outboxMessageId: mail.id,
          data: { proposalId: proposal.id, version, totalCents: snapshot.price.totalCents },
          createdAt: now,
        },
      });
      await advanceInquiry(tx, actor, { inquiryId: design.inquiryId, to: "PROPOSAL_SENT" });
      if (!design.inquiry.firstResponseAt) {
        await tx.inquiry.update({ where: { id: design.inquiryId }, data: { firstResponseAt: now } });
      }
      return { proposalId: proposal.id, version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "Diese Offerte wurde soeben gesendet. Bitte laden Sie die Seite neu.");
    }
    throw error;
  }
}
