// An accepted two-day in-house course whose days are dated in March of a given year, with three
// registered participants: one present on both days, one absent on day 2, one absent on both.
import { getDb } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { createDesignFromInquiry } from "@/lib/proposals/design";
import { acceptProposal, issuePortalAccess } from "@/lib/proposals/portal";
import { sendProposal } from "@/lib/proposals/send";
import { createSessionsFromProposal } from "@/lib/proposals/sessions";
import type { ProposalSnapshot } from "@/lib/proposals/snapshot";

import { createInquiry } from "./proposal-fixtures";

/** An accepted two-day engagement with its two days dated in March of `year` and three registered people. */
export async function heldTwoDayCourse(
  actor: { id: string; name: string | null },
  organisationName: string,
  year: number,
  options: { database?: Database; email?: string; recordAttendance?: boolean } = {},
) {
  const db = () => options.database ?? getDb();
  const inquiry = await createInquiry(db(), {
    organisationName,
    email: options.email,
    format: "TWO_DAYS",
    fieldSlug: "oeffentliche-verwaltung",
    goalSlugs: ["anspruchsvolle-gespraeche-souveraen-fuehren"],
    moduleSlugs: ["rolle-entscheid-uebermitteln", "aktiv-zuhoeren", "meta-ebene", "telefon-stimme"],
  });
  const design = await createDesignFromInquiry(db(), inquiry.id);
  const sent = await sendProposal(db(), { designId: design.id, actor });
  // A link of its own rather than the one in the sent mail, whose props only the app's key opens.
  const { token } = await db().$transaction((tx) =>
    issuePortalAccess(tx, { inquiryId: inquiry.id, proposalId: sent.proposalId, now: new Date(), days: 120 }),
  );
  await acceptProposal(db(), { token, proposalId: sent.proposalId, name: "Zoë", role: "Leiterin", confirm: true });
  const snapshot = (await db().proposal.findUniqueOrThrow({ where: { id: sent.proposalId } }))
    .snapshot as ProposalSnapshot;
  const course = await db().course.findFirstOrThrow({ where: { published: true } });
  await createSessionsFromProposal(
    db(),
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
  for (const [index, day] of sessions.entries()) {
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
