// Pure rules for seats, the waiting list and what a booking link may still do.
import { fromZurichWallTime } from "@/lib/calendar/zurich-time";
import { plural, pluralText } from "@/lib/format";

export type SeatState = { capacity: number; seatsTaken: number; waitingBookings: number; waitingSeats?: number };
export type Placement = "HELD" | "WAITLISTED";

export type SessionAvailability = {
  capacity: number;
  seatsTaken: number;
  /** Seats neither held nor confirmed. */
  freeSeats: number;
  waitingBookings: number;
  /** People on the waiting list (the seats its bookings ask for). */
  waitingSeats: number;
  hasWaitingList: boolean;
  /** A new booking of even one person is queued: no free seat, or others wait already. */
  queuesNewBookings: boolean;
  /** The seat line every page, list and mail shows for this session. */
  label: string;
};

const peopleWord = (n: number) => pluralText(n, "Person", "Personen");

/**
 * The one reading of a session's seats. While people wait, a free seat is not offered to a
 * newcomer (nobody overtakes the list), so every page says the same: how many seats are free and
 * whether new bookings queue behind a waiting list.
 */
export function sessionAvailability(state: SeatState): SessionAvailability {
  const freeSeats = Math.max(0, state.capacity - state.seatsTaken);
  const waitingSeats = state.waitingSeats ?? state.waitingBookings;
  const hasWaitingList = state.waitingBookings > 0;
  let label: string;
  if (freeSeats === 0) label = "Ausgebucht, Warteliste möglich";
  else if (hasWaitingList) {
    const verb = plural(waitingSeats, "wartet", "warten");
    label = `${pluralText(freeSeats, "Platz", "Plätze")} frei, aber ${peopleWord(waitingSeats)} ${verb} bereits: neue Anmeldungen kommen auf die Warteliste`;
  } else label = `Noch ${pluralText(freeSeats, "Platz", "Plätze")} frei`;
  return {
    capacity: state.capacity,
    seatsTaken: state.seatsTaken,
    freeSeats,
    waitingBookings: state.waitingBookings,
    waitingSeats,
    hasWaitingList,
    queuesNewBookings: freeSeats === 0 || hasWaitingList,
    label,
  };
}

export type PlacementVerdict = {
  placement: Placement;
  /** Why the booking waits (a sentence for the booker), null when it holds its seats. */
  reason: string | null;
};

/**
 * Where a new booking of `seats` people goes, and why. It holds its seats when they are free and
 * nobody is waiting (held seats count against capacity until the booker confirms or the hold
 * lapses); otherwise it joins the end of the waiting list. Nobody overtakes the list, not even a
 * smaller booking that would fit.
 */
export function bookingPlacement(availability: SessionAvailability, seats: number): PlacementVerdict {
  const { freeSeats, hasWaitingList, waitingSeats } = availability;
  if (freeSeats === 0) return { placement: "WAITLISTED", reason: "Der Termin ist ausgebucht." };
  if (hasWaitingList) {
    const verb = plural(waitingSeats, "wartet", "warten");
    return {
      placement: "WAITLISTED",
      reason: `Es ${plural(freeSeats, "ist", "sind")} noch ${pluralText(freeSeats, "Platz", "Plätze")} frei, aber ${peopleWord(waitingSeats)} ${verb} bereits; neue Anmeldungen kommen nach ihnen auf die Warteliste.`,
    };
  }
  if (seats > freeSeats) {
    return {
      placement: "WAITLISTED",
      reason: `Es ${plural(freeSeats, "ist", "sind")} nur noch ${pluralText(freeSeats, "Platz", "Plätze")} frei; eine Buchung für ${peopleWord(seats)} kommt auf die Warteliste.`,
    };
  }
  return { placement: "HELD", reason: null };
}

/** The placement alone (see bookingPlacement for the reason). */
export function placeBooking(state: SeatState, seats: number): Placement {
  return bookingPlacement(sessionAvailability(state), seats).placement;
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

/** Instants as Dates (rows) or ISO strings (the pages' JSON DTOs). */
type Instant = Date | string;
const timeOf = (value: Instant) => (typeof value === "string" ? Date.parse(value) : value.getTime());

export type BookableSession = {
  status: "SCHEDULED" | "CANCELLED" | "HELD";
  startsAt: Instant;
  bookingDeadline: Instant | null;
};

export type BookingClosedReason = "CANCELLED" | "PAST" | "DEADLINE" | null;

export function bookingClosedReason(session: BookableSession, now: Date): BookingClosedReason {
  if (session.status !== "SCHEDULED") return "CANCELLED";
  if (now.getTime() >= timeOf(session.startsAt)) return "PAST";
  if (session.bookingDeadline && now.getTime() > timeOf(session.bookingDeadline)) return "DEADLINE";
  return null;
}

/** The short line a list shows instead of the seats once a date can no longer be booked. */
export const bookingClosedLabels: Record<Exclude<BookingClosedReason, null>, string> = {
  CANCELLED: "Findet nicht statt",
  PAST: "Hat bereits begonnen",
  DEADLINE: "Anmeldeschluss vorbei",
};

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
  const start = timeOf(booking.session.startsAt);
  return new Date(booking.status === "WAITLISTED" ? start : start - deadlineHours * 60 * 60_000);
}

export type CancelVerdict = { ok: true } | { ok: false; reason: "SPENT" | "SESSION_CANCELLED" | "TOO_LATE" };

export function canCancelBooking(booking: ManagedBooking, now: Date, deadlineHours: number): CancelVerdict {
  if (booking.status === "CANCELLED") return { ok: false, reason: "SPENT" };
  if (booking.session.status !== "SCHEDULED") return { ok: false, reason: "SESSION_CANCELLED" };
  if (now.getTime() > cancellationDeadline(booking, deadlineHours).getTime()) return { ok: false, reason: "TOO_LATE" };
  return { ok: true };
}

/** A wall-clock date and "HH:MM" in Zurich as an instant. */
export function zurichInstant(date: string, clock: string): Date {
  const [hours = 0, minutes = 0] = clock.split(":").map(Number);
  return fromZurichWallTime(date, hours, minutes);
}

export function sessionTimes(input: { date: string; startTime: string; endTime: string }) {
  return { startsAt: zurichInstant(input.date, input.startTime), endsAt: zurichInstant(input.date, input.endTime) };
}

// A public course of several days is one run (decision 0037): one session with its days, booked
// once. The session spans the run (the first day's start to the last day's end); its days say when.

export type RunDayInput = { date: string; startTime: string; endTime: string };
export type RunDayProblem = { index: number; field: keyof RunDayInput; message: string };
export type SessionDay = { startsAt: Instant; endsAt: Instant };

/**
 * What is wrong with the days of a run, each at its field: every day in the future, and each day
 * after the one before it (in the order given, so day numbers match what the consultant typed),
 * never on the same date. The end after the start is the schema's check.
 */
export function runDayProblems(days: RunDayInput[], now: Date): RunDayProblem[] {
  const problems: RunDayProblem[] = [];
  days.forEach((day, index) => {
    const { startsAt } = sessionTimes(day);
    if (startsAt.getTime() <= now.getTime()) {
      problems.push({
        index,
        field: "date",
        message: index === 0 ? "Der Termin muss in der Zukunft liegen." : "Dieser Kurstag muss in der Zukunft liegen.",
      });
      return;
    }
    if (index === 0) return;
    const previous = days[index - 1]!;
    if (day.date === previous.date) {
      problems.push({
        index,
        field: "date",
        message: `Dieser Kurstag überschneidet sich mit Kurstag ${index}: Jeder Kurstag braucht ein eigenes Datum.`,
      });
    } else if (startsAt.getTime() < sessionTimes(previous).endsAt.getTime()) {
      problems.push({ index, field: "date", message: `Kurstag ${index + 1} muss nach Kurstag ${index} liegen.` });
    }
  });
  return problems;
}

/** A run's days as instants, numbered from 1, in the order given. */
export function runDayTimes(days: RunDayInput[]): { dayNumber: number; startsAt: Date; endsAt: Date }[] {
  return days.map((day, index) => ({ dayNumber: index + 1, ...sessionTimes(day) }));
}

/** The days a session takes place on: its run's days, or the session itself when it is one day. */
export function sessionDays<T extends SessionDay>(session: SessionDay & { days?: readonly T[] }): SessionDay[] {
  return session.days && session.days.length > 0
    ? session.days.map((day) => ({ startsAt: day.startsAt, endsAt: day.endsAt }))
    : [{ startsAt: session.startsAt, endsAt: session.endsAt }];
}

export type SessionDaysPlan =
  | { problem: { field: string; message: string } }
  | { problem: null; days: { dayNumber: number; startsAt: Date; endsAt: Date }[]; startsAt: Date; endsAt: Date };

/**
 * The days of a new session: one day, or a run of several (then one row per day), the first problem
 * at its own field. A run spans its days. A client's session stays one day: an engagement's days
 * are its sessions (decision 0031).
 */
export function planSessionDays(
  first: RunDayInput,
  extraDays: RunDayInput[],
  forClient: boolean,
  now: Date,
): SessionDaysPlan {
  const all = [first, ...extraDays];
  const problem = runDayProblems(all, now)[0];
  if (problem) {
    const field = problem.index === 0 ? problem.field : `extraDays.${problem.index - 1}.${problem.field}`;
    return { problem: { field, message: problem.message } };
  }
  if (extraDays.length > 0 && forClient) {
    return {
      problem: {
        field: "extraDays",
        message:
          "Ein Termin für eine Organisation hat einen Kurstag; weitere Tage erfassen Sie als eigene Termine derselben Anfrage.",
      },
    };
  }
  const days = extraDays.length > 0 ? runDayTimes(all) : [];
  const { startsAt, endsAt } = sessionTimes(first);
  return { problem: null, days, startsAt, endsAt: days.at(-1)?.endsAt ?? endsAt };
}

/** Why the admin's one-date move form is not offered for a course run. */
export const RUN_MOVE_MESSAGE =
  "Ein Kurs mit mehreren Kurstagen lässt sich nicht als Ganzes verschieben. Sagen Sie ihn ab und erfassen Sie die neuen Tage.";
