// Pure rules for seats, the waiting list and what a booking link may still do.
export type SeatState = { capacity: number; seatsTaken: number; waitingBookings: number };
export type Placement = "HELD" | "WAITLISTED";

/**
 * A booking holds its seats when they are free and nobody is waiting (held seats count against
 * capacity until the booker confirms or the hold lapses); otherwise it joins the end of the
 * waiting list. Nobody overtakes the list, not even a smaller booking that would fit.
 */
export function placeBooking(state: SeatState, seats: number): Placement {
  const free = state.capacity - state.seatsTaken;
  return state.waitingBookings === 0 && seats <= free ? "HELD" : "WAITLISTED";
}

/** Until when a new booking waits for the booker's confirmation from the mail. */
export function holdExpiry(now: Date, holdMinutes: number): Date {
  return new Date(now.getTime() + holdMinutes * 60_000);
}

/** A booking or call whose hold has passed without confirmation lapses (and frees what it held). */
export function isHoldLapsed(row: { holdExpiresAt: Date | null }, now: Date): boolean {
  return row.holdExpiresAt !== null && row.holdExpiresAt.getTime() <= now.getTime();
}

/**
 * What a waiting booking becomes when its seats come free: confirmed when the booker already
 * confirmed the address from the mail, else held for the rest of its own hold.
 */
export function promotedStatus(row: { holdExpiresAt: Date | null }): "CONFIRMED" | "HELD" {
  return row.holdExpiresAt === null ? "CONFIRMED" : "HELD";
}

export type WaitingBooking = { id: string; seats: number; waitlistPosition: number };

/**
 * Which waiting bookings move up after seats became free: strictly in list order, as long as the
 * next one fits. A booking too large for the free seats keeps its place and holds the ones behind.
 */
export function bookingsToPromote<T extends WaitingBooking>(capacity: number, seatsTaken: number, waiting: T[]): T[] {
  let free = capacity - seatsTaken;
  const promoted: T[] = [];
  for (const booking of [...waiting].sort((a, b) => a.waitlistPosition - b.waitlistPosition)) {
    if (booking.seats > free) break;
    promoted.push(booking);
    free -= booking.seats;
  }
  return promoted;
}

/**
 * Why a session's capacity cannot become `capacity`, or null when it can: never below the seats
 * already held or confirmed (nobody loses a seat through a capacity change).
 */
export function capacityChangeProblem(seatsTaken: number, capacity: number): string | null {
  if (capacity < seatsTaken) {
    return `Es sind schon ${seatsTaken} Plätze belegt; die Kapazität kann nicht tiefer sein. Wer storniert, gibt Plätze frei.`;
  }
  return null;
}

export type BookableSession = {
  status: "SCHEDULED" | "CANCELLED" | "HELD";
  startsAt: Date;
  bookingDeadline: Date | null;
};

export type BookingClosedReason = "CANCELLED" | "PAST" | "DEADLINE" | null;

export function bookingClosedReason(session: BookableSession, now: Date): BookingClosedReason {
  if (session.status !== "SCHEDULED") return "CANCELLED";
  if (now.getTime() >= session.startsAt.getTime()) return "PAST";
  if (session.bookingDeadline && now.getTime() > session.bookingDeadline.getTime()) return "DEADLINE";
  return null;
}

export const bookingClosedMessages: Record<Exclude<BookingClosedReason, null>, string> = {
  CANCELLED: "Dieser Termin findet nicht statt und kann nicht mehr gebucht werden.",
  PAST: "Dieser Termin liegt in der Vergangenheit und kann nicht mehr gebucht werden.",
  DEADLINE: "Der Anmeldeschluss für diesen Termin ist vorbei.",
};

export type ManagedBooking = {
  status: "HELD" | "CONFIRMED" | "WAITLISTED" | "CANCELLED";
  session: BookableSession;
};

/** Until when a booking link can cancel: a confirmed seat until the deadline before the start; a waiting-list place until the start. */
export function cancellationDeadline(booking: ManagedBooking, deadlineHours: number): Date {
  const start = booking.session.startsAt.getTime();
  return new Date(booking.status === "WAITLISTED" ? start : start - deadlineHours * 60 * 60_000);
}

export type CancelVerdict = { ok: true } | { ok: false; reason: "SPENT" | "SESSION_CANCELLED" | "TOO_LATE" };

export function canCancelBooking(booking: ManagedBooking, now: Date, deadlineHours: number): CancelVerdict {
  if (booking.status === "CANCELLED") return { ok: false, reason: "SPENT" };
  if (booking.session.status !== "SCHEDULED") return { ok: false, reason: "SESSION_CANCELLED" };
  if (now.getTime() > cancellationDeadline(booking, deadlineHours).getTime()) return { ok: false, reason: "TOO_LATE" };
  return { ok: true };
}
