import { systemActor } from "@/lib/db/actor";
// An accepted two-day in-house course whose days are dated in March of a given year, with three
// registered participants: one present on both days, one absent on day 2, one absent on both.
import type { Database } from "@/lib/db/client";
import { createDesignFromInquiry } from "@/lib/proposals/service-design";
import { issuePortalAccess } from "@/lib/proposals/service-portal";
import { createSessionsFromProposal } from "@/lib/proposals/service-sessions";
import type { ProposalSnapshot } from "@/lib/proposals/snapshot";

import { createInquiry } from "./proposal-fixtures";

/**
 * An accepted two-day engagement (the proposal of `year`, for a group of `participants`), with a
 * portal link; no dates yet.
 */
export async function acceptedTwoDayEngagement(
  database: Database,
  actor: { id: string; name: string | null },
  organisationName: string,
  year: number,
  options: { email?: string; participants?: number } = {},
) {
  const db = () => database;
  const inquiry = await createInquiry(db(), {
    organisationName,
    email: options.email,
    format: "TWO_DAYS",
    fieldSlug: "oeffentliche-verwaltung",
    goalSlugs: ["anspruchsvolle-gespraeche-souveraen-fuehren"],
    moduleSlugs: ["rolle-entscheid-uebermitteln", "aktiv-zuhoeren", "meta-ebene", "telefon-stimme"],
  });
  const design = await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id });
  // The accepted version is written straight away: sending and accepting go through mails whose
  // props only the app's own key opens, which the e2e process does not hold.
  const full = await db().courseDesign.findUniqueOrThrow({
    where: { id: design.id },
    include: {
      goals: { orderBy: { position: "asc" } },
      agendaItems: { orderBy: [{ day: "asc" }, { position: "asc" }] },
    },
  });
  const days = [...new Set(full.agendaItems.map((item) => item.day))];
  const snapshot: ProposalSnapshot = {
    format: 1,
    version: 1,
    reference: inquiry.reference,
    client: { organisationName, department: null, contactName: "Zoë Müller-Brügger" },
    title: full.title,
    situation: full.situation,
    roleNotes: "",
    rolePlaySituations: "",
    goals: full.goals.map((goal) => ({ title: goal.title, description: goal.description })),
    agenda: days.map((day) => ({
      day,
      start: "08:30",
      end: "16:30",
      items: full.agendaItems
        .filter((item) => item.day === day)
        .map((item) => ({
          kind: item.kind,
          title: item.title,
          description: item.description,
          start: "08:30",
          end: "16:30",
          durationMinutes: item.durationMinutes,
        })),
    })),
    method: "",
    logistics: { venue: "Luzern", datesWished: "", participants: options.participants ?? 3 },
    price: {
      feeCents: 480_000,
      expensesCents: 0,
      netCents: 480_000,
      vatRateBasisPoints: 810,
      vatCents: 38_880,
      totalCents: 518_880,
      mode: "DAY_RATE",
      dayRateCents: 240_000,
      days: 2,
      flatFeeCents: null,
      purchaseOrderRef: null,
      costCentre: null,
    },
    validUntil: `${year}-01-31`,
    nextSteps: "",
    consultant: { name: actor.name ?? "Markus Muster", email: "markus@anliegen.example" },
  };
  const proposal = await db().proposal.create({
    data: {
      designId: design.id,
      inquiryId: inquiry.id,
      version: 1,
      status: "ACCEPTED",
      snapshot,
      netCents: 480_000,
      vatCents: 38_880,
      totalCents: 518_880,
      validUntil: new Date(`${year}-01-31T00:00:00Z`),
      sentAt: new Date(),
      sentById: actor.id,
      respondedAt: new Date(),
      acceptedByName: "Zoë Müller-Brügger",
      acceptedByRole: "Leiterin",
    },
  });
  await db().inquiry.update({ where: { id: inquiry.id }, data: { status: "CONFIRMED" } });
  const { token } = await db().$transaction((tx) =>
    issuePortalAccess(tx, { inquiryId: inquiry.id, proposalId: proposal.id, now: new Date(), days: 120 }),
  );
  return { inquiry, token, snapshot, proposal };
}

/** An accepted two-day engagement with its two days dated in March of `year` and three registered people. */
export async function heldTwoDayCourse(
  database: Database,
  actor: { id: string; name: string | null },
  organisationName: string,
  year: number,
  options: { email?: string; recordAttendance?: boolean; withParticipants?: boolean } = {},
) {
  const db = () => database;
  const { inquiry, token, snapshot } = await acceptedTwoDayEngagement(database, actor, organisationName, year, options);
  const course = await db().course.findFirstOrThrow({ where: { published: true } });
  await createSessionsFromProposal(
    db(),
    systemActor("test"),
    {
      inquiryId: inquiry.id,
      courseId: course.id,
      location: "Luzern, Schulungsraum 2",
      address: "Bahnhofstrasse 1, 6003 Luzern",
      capacity: 12,
      dates: snapshot.agenda.map((day) => ({
        day: day.day,
        date: `${year}-03-${String(10 + day.day).padStart(2, "0")}`,
      })),
    },
    new Date(`${year}-01-01T00:00:00Z`),
  );
  const sessions = await db().courseSession.findMany({
    where: { inquiryId: inquiry.id },
    orderBy: { startsAt: "asc" },
  });
  const people = [
    { name: "Anna Gfeller", email: `anna.${year}@luzern.example`, days: ["PRESENT", "PRESENT"] },
    { name: "Beat Zürcher", email: `beat.${year}@luzern.example`, days: ["PRESENT", "ABSENT"] },
    { name: "Carla Fehlend", email: `carla.${year}@luzern.example`, days: ["ABSENT", "ABSENT"] },
  ] as const;
  for (const [index, day] of options.withParticipants === false ? [] : sessions.entries()) {
    await db().booking.create({
      data: {
        sessionId: day.id,
        status: "CONFIRMED",
        seats: people.length,
        contactName: "Zoë Müller-Brügger",
        email: `contact.${year}.${index}@luzern.example`,
        manageTokenHash: `certificates-${year}-${index}`,
        participants: {
          create: people.map((person, position) => ({
            name: person.name,
            email: person.email,
            attendance: options.recordAttendance === false ? "UNKNOWN" : person.days[index]!,
            position,
          })),
        },
      },
    });
  }
  return { inquiry, token, snapshot, course, sessions };
}
