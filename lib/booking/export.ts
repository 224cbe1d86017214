// The participant list of a session as Excel-ready CSV: one row per person, confirmed first.
import { toZurichWallTime } from "@/lib/calendar/zurich-time";
import { buildCsv } from "@/lib/csv";
import type { Database } from "@/lib/db/client";
import { formatDate } from "@/lib/format";

const statusText = {
  HELD: "Reserviert, unbestätigt",
  CONFIRMED: "Bestätigt",
  WAITLISTED: "Warteliste",
  CANCELLED: "Storniert",
} as const;
const attendanceText = { UNKNOWN: "", PRESENT: "Anwesend", ABSENT: "Abwesend" } as const;
const statusOrder = { CONFIRMED: 0, HELD: 1, WAITLISTED: 2, CANCELLED: 3 } as const;

export async function participantsCsv(db: Database, sessionId: string) {
  const session = await db.courseSession.findUnique({
    where: { id: sessionId },
    include: {
      course: { select: { title: true, slug: true } },
      days: { orderBy: { dayNumber: "asc" } },
      bookings: { include: { participants: { orderBy: { position: "asc" } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!session) return null;
  const bookings = [...session.bookings].sort(
    (a, b) => statusOrder[a.status] - statusOrder[b.status] || (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0),
  );
  const runDays = session.days.length > 1 ? session.days.map((day) => formatDate(day.startsAt)).join(", ") : null;
  const rows = bookings.flatMap((booking) =>
    booking.participants.map((participant) => [
      participant.name,
      participant.email,
      booking.organisation,
      statusText[booking.status],
      booking.waitlistPosition,
      attendanceText[participant.attendance],
      booking.contactName,
      booking.email,
      booking.phone,
      booking.billingReference,
      formatDate(booking.createdAt),
      // A course run (decision 0037): each seat is on every day, so each row names them all.
      ...(runDays ? [runDays] : []),
    ]),
  );
  const csv = buildCsv(
    [
      "Name",
      "E-Mail",
      "Organisation",
      "Status",
      "Wartelistenplatz",
      "Anwesenheit",
      "Gebucht von",
      "E-Mail Buchung",
      "Telefon",
      "Rechnungsreferenz",
      "Gebucht am",
      ...(runDays ? ["Kurstage"] : []),
    ],
    rows,
  );
  const filename = `teilnehmende-${session.course.slug}-${toZurichWallTime(session.startsAt).date}.csv`;
  return { csv, filename };
}
