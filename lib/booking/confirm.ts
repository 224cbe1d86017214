// Confirming a held booking from the mail, and releasing holds that lapsed (decision 0019). The
// confirm link only opens a page; confirming is a POST from it, since mail scanners fetch links.
import type { Database } from "@/lib/db/client";
import { withTransactionRetry } from "@/lib/db/retry";
import { AppError } from "@/lib/errors";
import { hashManageToken } from "@/lib/manage-token";

import { notifyBookingPlaced } from "./notify";
import { isHoldLapsed } from "./rules";
import {
  BOOKING_LAPSED_MESSAGE,
  BOOKING_LINK_SPENT_MESSAGE,
  BOOKING_LINK_UNKNOWN_MESSAGE,
  bookingInclude,
  findBookingByToken,
  lockSession,
  promoteWaitlist,
  sessionForMail,
} from "./service";

export type ConfirmOutcome = { status: "CONFIRMED" | "WAITLISTED"; alreadyConfirmed: boolean };

/**
 * The booker confirms from the mail: held seats become confirmed (with the calendar entry and the
 * consultant's notice), a waiting place is kept past the hold. A second confirmation changes nothing.
 */
export async function confirmBookingByToken(db: Database, token: string, now = new Date()): Promise<ConfirmOutcome> {
  const found = await findBookingByToken(db, token);
  if (!found) throw new AppError("NOT_FOUND", BOOKING_LINK_UNKNOWN_MESSAGE);
  return withTransactionRetry(() =>
    db.$transaction(async (tx) => {
      await lockSession(tx, found.sessionId);
      const booking = await tx.booking.findUniqueOrThrow({ where: { id: found.id }, include: bookingInclude });
      if (booking.manageTokenHash !== hashManageToken(token)) throw new AppError("EXPIRED", BOOKING_LINK_SPENT_MESSAGE);
      if (booking.status === "CANCELLED") {
        throw new AppError("EXPIRED", booking.holdExpiresAt ? BOOKING_LAPSED_MESSAGE : BOOKING_LINK_SPENT_MESSAGE);
      }
      if (booking.holdExpiresAt === null) {
        return { status: booking.status === "WAITLISTED" ? "WAITLISTED" : "CONFIRMED", alreadyConfirmed: true };
      }
      if (isHoldLapsed(booking, now)) throw new AppError("EXPIRED", BOOKING_LAPSED_MESSAGE);
      if (booking.status === "WAITLISTED") {
        await tx.booking.update({ where: { id: booking.id }, data: { holdExpiresAt: null } });
        return { status: "WAITLISTED", alreadyConfirmed: false };
      }
      const confirmed = await tx.booking.update({
        where: { id: booking.id },
        data: { status: "CONFIRMED", holdExpiresAt: null, confirmedAt: now },
        include: bookingInclude,
      });
      await notifyBookingPlaced(tx, confirmed, await sessionForMail(tx, booking.sessionId), token, "CONFIRMED");
      return { status: "CONFIRMED", alreadyConfirmed: false };
    }),
  );
}

/** The worker's task: frees a session's lapsed holds and moves the waiting list up, with mails. */
export async function releaseBookingHolds(db: Database, sessionId: string, now = new Date()): Promise<string[]> {
  return withTransactionRetry(() =>
    db.$transaction(async (tx) => {
      const exists = await tx.courseSession.findUnique({ where: { id: sessionId }, select: { id: true } });
      if (!exists) return [];
      await lockSession(tx, sessionId);
      return promoteWaitlist(tx, sessionId, now);
    }),
  );
}

/** Safety net for holds whose scheduled job was lost: every session with a lapsed hold. */
export async function releaseAllLapsedBookingHolds(db: Database, now = new Date()): Promise<number> {
  const sessions = await db.booking.findMany({
    where: { status: { in: ["HELD", "WAITLISTED"] }, holdExpiresAt: { lte: now } },
    select: { sessionId: true },
    distinct: ["sessionId"],
  });
  for (const { sessionId } of sessions) await releaseBookingHolds(db, sessionId, now);
  return sessions.length;
}
