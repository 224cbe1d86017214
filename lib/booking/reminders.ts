// Reminder e-mails before a session, sent once: the session row is claimed by setting
// reminderSentAt in the transaction that writes the mails, and every mail has an idempotency key.
import type { Database } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";

import { notifyReminder } from "./notify";

export async function sendSessionReminders(db: Database, reminderDays: number, now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + reminderDays * 24 * 60 * 60_000);
  const due = await db.courseSession.findMany({
    where: { status: "SCHEDULED", reminderSentAt: null, startsAt: { gt: now, lte: horizon } },
    select: { id: true },
  });
  let sent = 0;
  for (const { id } of due) {
    const claimed = await inTransaction(db, async (tx) => {
      const { count } = await tx.courseSession.updateMany({
        where: { id, reminderSentAt: null, status: "SCHEDULED" },
        data: { reminderSentAt: now },
      });
      if (count === 0) return false;
      const session = await tx.courseSession.findUniqueOrThrow({
        where: { id },
        include: {
          course: { select: { title: true } },
          // A course run (decision 0037) is reminded once, before its first day, with all its days.
          days: { orderBy: { dayNumber: "asc" } },
          bookings: { where: { status: "CONFIRMED" }, include: { participants: { orderBy: { position: "asc" } } } },
        },
      });
      // A team registration (decision 0031) holds a booking on every day of its engagement but is
      // reminded once, before the first day: its bookings on a later day get no reminder.
      const earlierDay = session.inquiryId
        ? await tx.courseSession.count({
            where: { inquiryId: session.inquiryId, status: "SCHEDULED", startsAt: { lt: session.startsAt } },
          })
        : 0;
      for (const booking of session.bookings) {
        if (booking.registrationId && earlierDay > 0) continue;
        await notifyReminder(tx, booking, session);
      }
      return true;
    });
    if (claimed) sent++;
  }
  return sent;
}
