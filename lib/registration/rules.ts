// Pure rules of a team registration (decision 0031): how many seats an engagement has, where a
// new registration goes, who moves up when a seat comes free, and what a registration link opens.
import { pluralText } from "@/lib/format";

export type RegistrationPlacement = "REGISTERED" | "WAITLISTED";

/**
 * The seats of an engagement: the group size of the accepted proposal, else the smallest capacity
 * of its days; never more than the smallest day's room (the session capacity), which the seat
 * guard of every session enforces anyway. Null when the engagement has no days yet.
 */
export function registrationCapacity(groupSize: number | null, sessionCapacities: readonly number[]): number | null {
  if (sessionCapacities.length === 0) return null;
  const room = Math.min(...sessionCapacities);
  return groupSize !== null && groupSize > 0 ? Math.min(groupSize, room) : room;
}

export type RegistrationSeats = {
  capacity: number;
  registered: number;
  waiting: number;
  /** The fewest free seats of any day (other bookings of a day count too); unlimited when absent. */
  dayFreeSeats?: number;
};

function freeSeats(seats: RegistrationSeats): number {
  return Math.max(0, Math.min(seats.capacity - seats.registered, seats.dayFreeSeats ?? Number.POSITIVE_INFINITY));
}

/**
 * A new registration is seated while a seat is free on every day and nobody waits; otherwise it
 * joins the end of the waiting list (nobody overtakes it).
 */
export function registrationPlacement(seats: RegistrationSeats): RegistrationPlacement {
  return freeSeats(seats) > 0 && seats.waiting === 0 ? "REGISTERED" : "WAITLISTED";
}

/** How many of the waiting move up (in list order) when seats are free. */
export function registrationsToPromote(seats: RegistrationSeats): number {
  return Math.min(seats.waiting, freeSeats(seats));
}

/** The seat line the registration page and the admin show. */
export function registrationSeatsLabel(seats: RegistrationSeats): string {
  const free = freeSeats(seats);
  if (free === 0 || seats.waiting > 0) {
    return seats.waiting > 0
      ? `Alle Plätze sind vergeben; ${pluralText(seats.waiting, "Person wartet", "Personen warten")} auf der Warteliste. Neue Anmeldungen kommen auf die Warteliste.`
      : "Alle Plätze sind vergeben. Neue Anmeldungen kommen auf die Warteliste.";
  }
  return `Noch ${pluralText(free, "Platz", "Plätze")} frei.`;
}

export type RegistrationLinkState = "OK" | "UNKNOWN" | "REVOKED" | "CLOSED";

/** What a registration link opens: nothing once revoked, and nothing once the first day has begun. */
export function registrationLinkState(
  link: { revokedAt: Date | null } | null,
  firstDayStartsAt: Date | null,
  now: Date,
): RegistrationLinkState {
  if (!link) return "UNKNOWN";
  if (link.revokedAt) return "REVOKED";
  if (!firstDayStartsAt || firstDayStartsAt.getTime() <= now.getTime()) return "CLOSED";
  return "OK";
}

export const REGISTRATION_LINK_MESSAGES: Record<Exclude<RegistrationLinkState, "OK">, string> = {
  UNKNOWN:
    "Diesen Anmeldelink gibt es nicht. Bitte prüfen Sie die Adresse oder fragen Sie die Person, die Ihnen den Link geschickt hat.",
  REVOKED:
    "Dieser Anmeldelink ist nicht mehr gültig. Bitte fragen Sie die Person, die Ihnen den Link geschickt hat, nach dem aktuellen Link.",
  CLOSED: "Die Anmeldung für diesen Kurs ist geschlossen: Der Kurs hat bereits begonnen oder hat keine Termine.",
};

/** The participant across days: the lower-cased e-mail (the same key the uniqueness guard uses). */
export function registrationEmailKey(email: string): string {
  return email.trim().toLowerCase();
}
