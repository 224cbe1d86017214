import "server-only";

// Erasure cancels what still lies ahead for the address (the owner decides, decision 0020): seats
// are freed and the waiting list moves up exactly as when the booker cancels, calls free their slot.
// The person is not mailed: their mails are erased in the same transaction. A team registration
// (decision 0031) is cancelled as a whole, as when the consultant cancels it, while its course has
// not begun; the first waiting person moves up and is mailed.
import { lockSession, promoteWaitlist } from "@/lib/booking/service";
import type { Actor } from "@/lib/db/actor";
import type { Tx } from "@/lib/db/client";
import { cancelLockedRegistration, lockEngagement } from "@/lib/registration/service";

export type CancelledCounts = {
  cancelledBookings: number;
  cancelledAppointments: number;
  cancelledRegistrations: number;
};

/** Bookings still alive, and those of them that count in `seatsTaken` (a hold counts as well). */
const ACTIVE_STATES = ["CONFIRMED", "WAITLISTED", "HELD"];
const SEAT_STATES: ReadonlySet<string> = new Set(["CONFIRMED", "HELD"]);
/** Calls that keep their slot taken. */
const LIVE_CALL_STATES = ["BOOKED", "HELD"];

export async function cancelUpcomingFor(tx: Tx, actor: Actor, address: string, now: Date): Promise<CancelledCounts> {
  // Registrations first: each locks its inquiry, then its days, as every registration change does.
  const cancelledRegistrations = await cancelUpcomingRegistrations(tx, actor, address, now);
  const bookings = await tx.$queryRaw<{ id: string; sessionId: string }[]>`
    SELECT b.id::text AS id, b."sessionId"::text AS "sessionId"
      FROM "Booking" b JOIN "CourseSession" s ON s.id = b."sessionId"
     WHERE lower(b.email) = lower(${address}) AND b.status::text = ANY(${ACTIVE_STATES})
       AND s."startsAt" > ${now} AND s.status = 'SCHEDULED'`;
  // One session after the other, always in the same order, so two erasures cannot deadlock.
  const sessionIds = [...new Set(bookings.map((booking) => booking.sessionId))].sort();
  let cancelledBookings = 0;
  for (const sessionId of sessionIds) {
    await lockSession(tx, sessionId);
    for (const { id } of bookings.filter((booking) => booking.sessionId === sessionId)) {
      // Read again under the lock: the booker may have cancelled meanwhile.
      const booking = await tx.booking.findUniqueOrThrow({ where: { id }, select: { status: true, seats: true } });
      if (!ACTIVE_STATES.includes(booking.status)) continue;
      await tx.booking.update({
        where: { id },
        data: { status: "CANCELLED", waitlistPosition: null, cancelledAt: now },
      });
      if (SEAT_STATES.has(booking.status)) {
        await tx.courseSession.update({ where: { id: sessionId }, data: { seatsTaken: { decrement: booking.seats } } });
      }
      cancelledBookings += 1;
    }
    await promoteWaitlist(tx, sessionId, now);
  }
  const cancelledAppointments = await tx.$executeRaw`
    UPDATE "Appointment" SET status = 'CANCELLED', "cancelledAt" = ${now}
     WHERE lower(email) = lower(${address}) AND status::text = ANY(${LIVE_CALL_STATES}) AND "startsAt" > ${now}`;
  return { cancelledBookings, cancelledAppointments, cancelledRegistrations };
}

/** Live registrations of the address whose course has not begun: cancelled, seats to the waiting list. */
async function cancelUpcomingRegistrations(tx: Tx, actor: Actor, address: string, now: Date): Promise<number> {
  const registrations = await tx.$queryRaw<{ id: string; inquiryId: string }[]>`
    SELECT id::text AS id, "inquiryId"::text AS "inquiryId" FROM "TeamRegistration"
     WHERE lower(email) = lower(${address}) AND status::text IN ('REGISTERED', 'WAITLISTED')
     ORDER BY "inquiryId", id`;
  let cancelled = 0;
  for (const { id, inquiryId } of registrations) {
    const seats = await lockEngagement(tx, inquiryId);
    const firstDay = seats.days[0];
    // A course under way or over keeps its registration (attendance, certificates); only its days
    // still ahead are freed below, as for any booking.
    if (firstDay && firstDay.startsAt.getTime() <= now.getTime()) continue;
    if ((await cancelLockedRegistration(tx, actor, seats, id, now)).cancelled) cancelled += 1;
  }
  return cancelled;
}
