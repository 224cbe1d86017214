// The client contact's engagement page behind a portal link: where the engagement stands, the
// proposal versions, the dates with calendar files, the participants as they register, and the
// documents. Everything is scoped by the link's own inquiry (getPortalView checks the link).
import { sessionPlaceSelect, type SessionPlace } from "@/lib/booking/types";
import type { Database, Tx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { type IcsEvent } from "@/lib/ics";
import { engagementSteps, type EngagementStep } from "@/lib/inquiries/rules";
import { calendarDomain, links } from "@/lib/links";

import { getPortalView, type PortalProposal } from "./service-portal";
import { parseProposalSnapshot, type ProposalSnapshot } from "./snapshot";

export type EngagementSession = SessionPlace & {
  title: string;
  cancelled: boolean;
  /** Grows with every change of the session, so a calendar replaces its entry. */
  sequence: number;
};

export type EngagementView =
  | { state: "INVALID" | "REVOKED" | "EXPIRED" }
  | {
      state: "OK";
      inquiryId: string;
      reference: string;
      status: InquiryStatus;
      /** Null when the inquiry was declined or cancelled. */
      steps: EngagementStep[] | null;
      proposal: PortalProposal;
      versions: { version: number; sentAt: Date | null; status: PortalProposal["status"] }[];
      sessions: EngagementSession[];
      /** Names only: the client sees who is registered, not their addresses. */
      participants: string[];
      verdict: Extract<Awaited<ReturnType<typeof getPortalView>>, { state: "OK" }>["verdict"];
    };

/** The engagement behind a portal link now; invalid, revoked or expired links open nothing. */
export async function getEngagementView(db: Database | Tx, token: string, now = new Date()): Promise<EngagementView> {
  const portal = await getPortalView(db, token, now);
  if (portal.state !== "OK") return portal;
  const [inquiry, versions, sessions] = await Promise.all([
    db.inquiry.findUniqueOrThrow({ where: { id: portal.inquiryId }, select: { status: true } }),
    db.proposal.findMany({
      where: { inquiryId: portal.inquiryId, sentAt: { not: null } },
      orderBy: { version: "desc" },
      select: { version: true, sentAt: true, status: true },
    }),
    db.courseSession.findMany({
      where: { inquiryId: portal.inquiryId },
      orderBy: { startsAt: "asc" },
      select: {
        ...engagementSessionSelect,
        course: { select: { title: true } },
        bookings: {
          where: { status: "CONFIRMED" },
          orderBy: { createdAt: "asc" },
          select: { participants: { orderBy: { position: "asc" }, select: { name: true } } },
        },
      },
    }),
  ]);
  // One person registered for several days of the course counts once.
  const participants = [
    ...new Set(
      sessions
        .flatMap((session) => session.bookings.flatMap((booking) => booking.participants))
        .map((participant) => participant.name),
    ),
  ];
  return {
    state: "OK",
    inquiryId: portal.inquiryId,
    reference: portal.reference,
    status: inquiry.status,
    steps: engagementSteps(inquiry.status),
    proposal: portal.proposal,
    versions,
    sessions: sessions.map((session) => toEngagementSession(session, session.course.title)),
    participants,
    verdict: portal.verdict,
  };
}

/** The columns a course day of an engagement is shown and put into a calendar from. */
export const engagementSessionSelect = {
  ...sessionPlaceSelect,
  status: true,
  createdAt: true,
  updatedAt: true,
} as const;

type SessionRow = SessionPlace & {
  status: string;
  createdAt: Date;
  updatedAt: Date;
};

export function toEngagementSession(row: SessionRow, fallbackTitle: string): EngagementSession {
  return {
    id: row.id,
    title: row.title || fallbackTitle,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location: row.location,
    address: row.address,
    cancelled: row.status === "CANCELLED",
    sequence: Math.max(0, Math.floor((row.updatedAt.getTime() - row.createdAt.getTime()) / 1000)),
  };
}

/** A course day as a calendar entry for the client contact; cancelled days are withdrawn. */
export function engagementSessionIcs(session: EngagementSession, token: string): IcsEvent {
  return {
    uid: `engagement-session-${session.id}@${calendarDomain()}`,
    sequence: session.sequence + (session.cancelled ? 1 : 0),
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    summary: `Kurs: ${session.title}`,
    location: [session.location, session.address].filter(Boolean).join(", "),
    url: links.portal(token),
    organizer: { name: "Anliegen", email: getEnv().CONSULTANT_EMAIL },
    method: session.cancelled ? "CANCEL" : "REQUEST",
  };
}

/** The proposal version a PDF link names, of the link's own inquiry only. */
export async function getPortalProposalVersion(
  db: Database | Tx,
  inquiryId: string,
  version: number,
): Promise<ProposalSnapshot | null> {
  const proposal = await db.proposal.findFirst({
    where: { inquiryId, version, sentAt: { not: null } },
    select: { snapshot: true },
  });
  return proposal
    ? parseProposalSnapshot(proposal.snapshot, `Proposal version ${version} of inquiry ${inquiryId}`)
    : null;
}
