import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { formatDate, formatLongDate, formatTime, pluralText } from "@/lib/format";

export type SessionListItem = {
  id: string;
  title: string | null;
  startsAt: string;
  endsAt: string;
  location: string;
  capacity: number;
  seatsTaken: number;
  bookingDeadline: string | null;
  priceNote: string;
};

/** "Montag, 02.03.2026, 08:30–17:00", or both ends in full when the session spans several days. */
export function sessionPeriod(startsAt: Date, endsAt: Date): string {
  if (formatDate(startsAt) === formatDate(endsAt)) {
    return `${formatLongDate(startsAt)}, ${formatTime(startsAt)}–${formatTime(endsAt)}`;
  }
  return `${formatLongDate(startsAt)}, ${formatTime(startsAt)} bis ${formatLongDate(endsAt)}, ${formatTime(endsAt)}`;
}

export function seatsText(capacity: number, seatsTaken: number): string {
  const free = Math.max(0, capacity - seatsTaken);
  if (free === 0) return "Ausgebucht, Warteliste möglich";
  return `Noch ${pluralText(free, "Platz", "Plätze")} frei`;
}

/** Open dates of a course, each with its way to book. */
export function SessionList({ sessions, now }: { sessions: SessionListItem[]; now: Date }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {sessions.map((session) => {
        const startsAt = new Date(session.startsAt);
        const period = sessionPeriod(startsAt, new Date(session.endsAt));
        const deadline = session.bookingDeadline ? new Date(session.bookingDeadline) : null;
        const closed = deadline !== null && deadline <= now;
        const full = session.seatsTaken >= session.capacity;
        return (
          <Card as="li" key={session.id}>
            {session.title ? <p className="font-semibold text-brand-dark">{session.title}</p> : null}
            <p className="font-semibold">{period}</p>
            <p>{session.location}</p>
            <p className="mt-2 text-muted">
              {closed ? "Anmeldeschluss vorbei" : seatsText(session.capacity, session.seatsTaken)}
            </p>
            {deadline && !closed ? <p className="text-sm text-muted">Anmeldeschluss: {formatDate(deadline)}</p> : null}
            {session.priceNote ? <p className="text-sm text-muted">{session.priceNote}</p> : null}
            {closed ? null : (
              <p className="mt-4">
                <LinkButton href={`/termine/${session.id}`}>
                  {full ? "Auf die Warteliste" : "Platz buchen"}
                  <span className="sr-only"> am {period}</span>
                </LinkButton>
              </p>
            )}
          </Card>
        );
      })}
    </ul>
  );
}
