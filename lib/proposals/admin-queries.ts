import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";

import { getLibrary } from "./library";
import { hasUnsentChanges, portalVerdict } from "./rules";
import { consultantOf, draftSnapshot, loadDesign, proposalInquirySelect } from "./service-send";
import { parseProposalSnapshot } from "./snapshot";

const inquirySelect = {
  ...proposalInquirySelect,
  fieldId: true,
  challenges: true,
  participants: true,
  courseId: true,
  format: true,
} as const;

/** Everything the designer of one inquiry shows; null when the reference does not exist. */
export async function getDesigner(reference: string) {
  const viewer = await requireAdmin();
  const db = getDb();
  const inquiry = await db.inquiry.findUnique({ where: { reference }, select: inquirySelect });
  if (!inquiry) return null;
  const designRow = await db.courseDesign.findUnique({ where: { inquiryId: inquiry.id }, select: { id: true } });
  if (!designRow) return { inquiry, design: null } as const;
  const [design, library, proposals, accesses, courses, sessions] = await Promise.all([
    loadDesign(db, designRow.id),
    getLibrary(db, inquiry),
    listVersions(designRow.id),
    db.portalAccess.findMany({ where: { inquiryId: inquiry.id }, select: { expiresAt: true, revokedAt: true } }),
    db.course.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, title: true } }),
    db.courseSession.findMany({
      where: { inquiryId: inquiry.id },
      orderBy: { startsAt: "asc" },
      select: { id: true, title: true, startsAt: true, endsAt: true, location: true, status: true },
    }),
  ]);
  if (!design) return { inquiry, design: null } as const;
  const now = new Date();
  const lastSent = proposals[0]?.sentAt ?? null;
  return {
    inquiry,
    design,
    library,
    proposals,
    draft: draftSnapshot(design, await consultantOf(db, viewer), now),
    unsentChanges: proposals.length > 0 && hasUnsentChanges(design.updatedAt, lastSent),
    openLinks: accesses.filter((access) => portalVerdict(access, now) === "OK").length,
    courses,
    sessions,
  } as const;
}

async function listVersions(designId: string) {
  const rows = await getDb().proposal.findMany({
    where: { designId },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      status: true,
      sentAt: true,
      validUntil: true,
      totalCents: true,
      respondedAt: true,
      acceptedByName: true,
      acceptedByRole: true,
      changeRequest: true,
      snapshot: true,
    },
  });
  return rows.map((row) => ({ ...row, snapshot: parseProposalSnapshot(row.snapshot, `Proposal ${row.id}`) }));
}

/** One sent version for the admin's printable page and PDF. */
export async function getProposalForAdmin(id: string) {
  await requireAdmin();
  const proposal = await getDb().proposal.findUnique({
    where: { id },
    select: { id: true, version: true, status: true, snapshot: true, inquiry: { select: { reference: true } } },
  });
  return proposal
    ? { ...proposal, snapshot: parseProposalSnapshot(proposal.snapshot, `Proposal ${proposal.id}`) }
    : null;
}
