import "server-only";

import { sessionPriceNote } from "@/lib/catalogue/presentation";
import { openSession } from "@/lib/catalogue/rules";
import { getDb } from "@/lib/db";

export type OpenSession = {
  id: string;
  title: string;
  courseSlug: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  capacity: number;
  freeSeats: number;
  waiting: number;
  bookingDeadline: Date | null;
  priceNote: string;
};

const sessionSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
  address: true,
  capacity: true,
  seatsTaken: true,
  bookingDeadline: true,
  priceNote: true,
  status: true,
  isPublic: true,
  course: { select: { title: true, slug: true, summary: true, priceNote: true } },
  _count: { select: { bookings: { where: { status: "WAITLISTED" as const } } } },
};

/** Public, scheduled, future sessions of published courses, soonest first: the list of open dates. */
export async function listOpenSessions(now = new Date()): Promise<OpenSession[]> {
  const rows = await getDb().courseSession.findMany({
    where: openSession(now),
    select: sessionSelect,
    orderBy: { startsAt: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title || row.course.title,
    courseSlug: row.course.slug,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location: row.location,
    capacity: row.capacity,
    freeSeats: row.capacity - row.seatsTaken,
    waiting: row._count.bookings,
    bookingDeadline: row.bookingDeadline,
    priceNote: sessionPriceNote(row, row.course.priceNote),
  }));
}

/** One session for its booking page, read fresh so the free seats are current. Client sessions too: their client has the address. */
export async function getSessionForBooking(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await getDb().courseSession.findUnique({ where: { id }, select: sessionSelect });
  if (!row) return null;
  return {
    ...row,
    displayTitle: row.title || row.course.title,
    freeSeats: row.capacity - row.seatsTaken,
    waiting: row._count.bookings,
    priceNote: sessionPriceNote(row, row.course.priceNote),
  };
}
