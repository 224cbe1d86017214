// Public reads of team registration (decision 0031): what a registration link opens, and the
// link of an engagement for the portal and the mails. No guard: the token (or the portal link's
// own inquiry) scopes every read.
import { sessionSeatsSelect } from "@/lib/booking/types";
import type { Database, Tx } from "@/lib/db/client";
import { links } from "@/lib/links";
import { getAcceptedEngagement } from "@/lib/proposals/queries";

import { hashRegistrationToken, isRegistrationTokenShape, registrationTokenOf } from "./link-token";
import {
  registrationCapacity,
  registrationLinkState,
  registrationSeatsLabel,
  type RegistrationLinkState,
} from "./rules";

export type RegistrationPageDay = {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  address: string;
};

export type RegistrationPage =
  | { state: Exclude<RegistrationLinkState, "OK"> }
  | {
      state: "OK";
      inquiryId: string;
      organisationName: string;
      title: string;
      courseSlug: string | null;
      days: RegistrationPageDay[];
      /** The seat line: free seats, or that new registrations join the waiting list. */
      seatsLabel: string;
      full: boolean;
    };

/** How many of an engagement's team are seated and how many wait. */
export async function countRegistrations(
  db: Database | Tx,
  inquiryId: string,
): Promise<{ registered: number; waiting: number }> {
  const rows = await db.teamRegistration.groupBy({
    by: ["status"],
    where: { inquiryId, status: { in: ["REGISTERED", "WAITLISTED"] } },
    _count: true,
  });
  const count = (status: string) => rows.find((row) => row.status === status)?._count ?? 0;
  return { registered: count("REGISTERED"), waiting: count("WAITLISTED") };
}

/** What a registration link opens now: the course and its days, or why nothing. */
export async function getRegistrationPage(
  db: Database | Tx,
  token: string,
  now = new Date(),
): Promise<RegistrationPage> {
  if (!isRegistrationTokenShape(token)) return { state: "UNKNOWN" };
  const link = await db.registrationLink.findUnique({
    where: { tokenHash: hashRegistrationToken(token) },
    select: { inquiryId: true, revokedAt: true },
  });
  if (!link) return { state: "UNKNOWN" };
  const [inquiry, sessions, accepted, counts] = await Promise.all([
    db.inquiry.findUniqueOrThrow({ where: { id: link.inquiryId }, select: { organisationName: true } }),
    db.courseSession.findMany({
      where: { inquiryId: link.inquiryId, status: "SCHEDULED" },
      orderBy: { startsAt: "asc" },
      select: {
        ...sessionSeatsSelect,
        course: { select: { title: true, slug: true } },
      },
    }),
    getAcceptedEngagement(db, link.inquiryId),
    db.teamRegistration.groupBy({
      by: ["status"],
      where: { inquiryId: link.inquiryId, status: { in: ["REGISTERED", "WAITLISTED"] } },
      _count: true,
    }),
  ]);
  const state = registrationLinkState(link, sessions[0]?.startsAt ?? null, now);
  if (state !== "OK") return { state };
  const count = (status: string) => counts.find((row) => row.status === status)?._count ?? 0;
  const seats = {
    capacity:
      registrationCapacity(
        accepted?.groupSize ?? null,
        sessions.map((session) => session.capacity),
      ) ?? 0,
    registered: count("REGISTERED"),
    waiting: count("WAITLISTED"),
    dayFreeSeats: Math.min(...sessions.map((session) => session.capacity - session.seatsTaken)),
  };
  const title = accepted?.title ?? sessions[0]!.course.title;
  return {
    state: "OK",
    inquiryId: link.inquiryId,
    organisationName: inquiry.organisationName,
    title,
    courseSlug: sessions[0]!.course.slug,
    days: sessions.map((session) => ({
      id: session.id,
      title: session.title || title,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      location: session.location,
      address: session.address,
    })),
    seatsLabel: registrationSeatsLabel(seats),
    full: seats.waiting > 0 || Math.min(seats.capacity - seats.registered, seats.dayFreeSeats) <= 0,
  };
}

/** The engagement's active registration address, or null (none yet, revoked, or made under an old secret). */
export async function getRegistrationUrl(db: Database | Tx, inquiryId: string): Promise<string | null> {
  const link = await db.registrationLink.findFirst({
    where: { inquiryId, revokedAt: null },
    select: { id: true, tokenHash: true },
  });
  const token = link ? registrationTokenOf(link) : null;
  return token ? links.registration(token) : null;
}
