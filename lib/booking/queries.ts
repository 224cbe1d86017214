import "server-only";

import { sessionPriceNote } from "@/lib/catalogue/presentation";
import { openSession, publishedCourse } from "@/lib/catalogue/rules";
import { getDb } from "@/lib/db";
import { isUuid } from "@/lib/db/ids";

import { sessionAvailability, sessionDays, type SessionAvailability } from "./rules";
import { sessionPlaceSelect, type SessionPlace } from "./types";

/** A public session as every page and list reads it: plain JSON (cacheable), its seats read by the one rule. */
export type OpenSessionDto = {
  id: string;
  /** The session's own title or, without one, its course's. */
  title: string;
  /** The session's own title only (the course page names the course already). */
  sessionTitle: string | null;
  courseTitle: string;
  courseSlug: string;
  status: "SCHEDULED" | "CANCELLED" | "HELD";
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
  /** When it takes place: one day, or each day of a course run in order (decision 0037). ISO instants. */
  days: { startsAt: string; endsAt: string }[];
  bookingDeadline: string | null;
  location: string;
  address: string;
  /** What the session costs: its own note or, for a public session, its course's. */
  priceNote: string;
  /** The session's own price note only. */
  ownPriceNote: string;
  availability: SessionAvailability;
};

const sessionSelect = {
  ...sessionPlaceSelect,
  capacity: true,
  seatsTaken: true,
  bookingDeadline: true,
  priceNote: true,
  status: true,
  isPublic: true,
  course: { select: { title: true, slug: true, priceNote: true } },
  bookings: { where: { status: "WAITLISTED" as const }, select: { seats: true } },
  days: { select: { startsAt: true, endsAt: true }, orderBy: { dayNumber: "asc" as const } },
};

type SessionRow = SessionPlace & {
  capacity: number;
  seatsTaken: number;
  bookingDeadline: Date | null;
  priceNote: string;
  isPublic: boolean;
  status: OpenSessionDto["status"];
  course: { title: string; slug: string; priceNote: string };
  bookings: { seats: number }[];
  days: { startsAt: Date; endsAt: Date }[];
};

const iso = (instant: Date | string) => new Date(instant).toISOString();

function toDto(row: SessionRow): OpenSessionDto {
  return {
    id: row.id,
    title: row.title || row.course.title,
    sessionTitle: row.title || null,
    courseTitle: row.course.title,
    courseSlug: row.course.slug,
    status: row.status,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    days: sessionDays(row).map((day) => ({ startsAt: iso(day.startsAt), endsAt: iso(day.endsAt) })),
    bookingDeadline: row.bookingDeadline?.toISOString() ?? null,
    location: row.location,
    address: row.address,
    priceNote: sessionPriceNote(row, row.course.priceNote),
    ownPriceNote: row.priceNote,
    availability: sessionAvailability({
      capacity: row.capacity,
      seatsTaken: row.seatsTaken,
      waitingBookings: row.bookings.length,
      waitingSeats: row.bookings.reduce((sum, booking) => sum + booking.seats, 0),
    }),
  };
}

/**
 * Public, scheduled, future sessions of published courses (of one course when a slug is given),
 * soonest first: the list of open dates and the course page's dates.
 */
export async function listOpenSessions(
  filter: { courseSlug?: string } = {},
  now: Date = new Date(),
): Promise<OpenSessionDto[]> {
  const rows = await getDb().courseSession.findMany({
    where: {
      ...openSession(now),
      ...(filter.courseSlug ? { course: { ...publishedCourse, slug: filter.courseSlug } } : {}),
    },
    select: sessionSelect,
    orderBy: { startsAt: "asc" },
  });
  return rows.map(toDto);
}

/** One session for its booking page, read fresh so the free seats are current. Client sessions too: their client has the address. */
export async function getSessionForBooking(id: string): Promise<OpenSessionDto | null> {
  if (!isUuid(id)) return null;
  const row = await getDb().courseSession.findUnique({ where: { id }, select: sessionSelect });
  return row ? toDto(row) : null;
}
