// An accepted in-house engagement with its dated sessions, as team registration starts from it
// (decision 0031). Vitest only: it drives the proposal services straight against the database.
import { systemActor, userActor, visitor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import type { CourseFormat } from "@/lib/generated/prisma/enums";
import { renderMail } from "@/lib/mail/render";
import {
  acceptProposal,
  createDesignFromInquiry,
  createSessionsFromProposal,
  sendProposal,
} from "@/lib/proposals/service";
import type { ProposalSnapshot } from "@/lib/proposals/snapshot";

import { createInquiry } from "./proposal-fixtures";

async function linkFromMail(db: Database, inquiryId: string, template: string, path: string): Promise<string> {
  const mail = await db.outboxMessage.findFirstOrThrow({
    where: { inquiryId, template },
    orderBy: { createdAt: "desc" },
  });
  const rendered = await renderMail(mail.template, mail.payload);
  const match = new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(rendered.text);
  if (!match) throw new Error(`No /${path}/ link in the ${template} mail`);
  return match[1]!;
}

export type EngagementFixture = {
  organisationName?: string;
  /** The group size the client asked for; the proposal (and so the registration) takes it over. */
  participants?: number;
  format?: CourseFormat;
  /** The seats of each session (the room); the group size decides when it is smaller. */
  sessionCapacity?: number;
  /** The first course day, YYYY-MM-DD; the following days come one after the other. */
  firstDay?: string;
};

/** An inquiry whose proposal the client accepted and whose sessions the consultant created. */
export async function engagementWithDates(db: Database, owner: { id: string }, fixture: EngagementFixture = {}) {
  const inquiry = await createInquiry(db, {
    organisationName: fixture.organisationName ?? "Steueramt Luzern",
    format: fixture.format ?? "TWO_DAYS",
    participants: fixture.participants ?? 12,
    fieldSlug: "oeffentliche-verwaltung",
    goalSlugs: ["anspruchsvolle-gespraeche-souveraen-fuehren"],
    moduleSlugs: ["rolle-entscheid-uebermitteln", "aktiv-zuhoeren"],
  });
  const design = await createDesignFromInquiry(db, systemActor("test"), { inquiryId: inquiry.id });
  const sent = await sendProposal(db, userActor(owner), { designId: design.id });
  const portalToken = await linkFromMail(db, inquiry.id, "proposal-sent", "portal");
  await acceptProposal(db, visitor, {
    token: portalToken,
    proposalId: sent.proposalId,
    name: "Zoë",
    role: "Leiterin",
    confirm: true,
  });
  const snapshot = (await db.proposal.findUniqueOrThrow({ where: { id: sent.proposalId } }))
    .snapshot as ProposalSnapshot;
  const course = await db.course.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const first = new Date(`${fixture.firstDay ?? "2099-03-10"}T00:00:00Z`);
  await createSessionsFromProposal(db, userActor(owner), {
    inquiryId: inquiry.id,
    courseId: course.id,
    location: "Luzern, Schulungsraum 2",
    address: "Bahnhofstrasse 1, 6003 Luzern",
    capacity: fixture.sessionCapacity ?? 20,
    dates: snapshot.agenda.map((day) => ({
      day: day.day,
      date: new Date(first.getTime() + (day.day - 1) * 86_400_000).toISOString().slice(0, 10),
    })),
  });
  const sessions = await db.courseSession.findMany({ where: { inquiryId: inquiry.id }, orderBy: { startsAt: "asc" } });
  const registrationToken = await linkFromMail(db, inquiry.id, "engagement-status", "anmeldung");
  return { inquiry, snapshot, sessions, course, portalToken, registrationToken };
}
