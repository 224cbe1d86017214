import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import type { OpenSessionDto } from "@/lib/booking/queries";
import { bookingClosedLabels, bookingClosedReason } from "@/lib/booking/rules";
import { formatDate, formatLongDate, formatTime, type Instant } from "@/lib/format";

export type SessionListItem = Pick<
  OpenSessionDto,
  | "id"
  | "sessionTitle"
  | "status"
  | "startsAt"
  | "endsAt"
  | "location"
  | "bookingDeadline"
  | "ownPriceNote"
  | "availability"
> &
  Partial<Pick<OpenSessionDto, "days">>;

/** "Montag, 02.03.2026, 08:30–17:00", or both ends in full when the session spans several days. */
export function sessionPeriod(startsAt: Instant, endsAt: Instant): string {
  if (formatDate(startsAt) === formatDate(endsAt)) {
    return `${formatLongDate(startsAt)}, ${formatTime(startsAt)}–${formatTime(endsAt)}`;
  }
  return `${formatLongDate(startsAt)}, ${formatTime(startsAt)} bis ${formatLongDate(endsAt)}, ${formatTime(endsAt)}`;
}

/** A one-day session may leave out its days. */
type SessionTimes = Pick<OpenSessionDto, "startsAt" | "endsAt"> & Partial<Pick<OpenSessionDto, "days">>;

/** "Kurstag 1: Mittwoch, 27.01.2027, 08:30–16:30", one line per day of a course run (decision 0037). */
export function runDayLines(days: readonly { startsAt: Instant; endsAt: Instant }[]): string[] {
  return days.map((day, index) => `Kurstag ${index + 1}: ${sessionPeriod(day.startsAt, day.endsAt)}`);
}

/**
 * When a session takes place: its period in one line, or, for a course run, its days as a list
 * under a line that says one booking covers them all.
 */
export function SessionWhen({ session, className }: { session: SessionTimes; className?: string }) {
  if (!session.days || session.days.length < 2) {
    return <p className={className}>{sessionPeriod(session.startsAt, session.endsAt)}</p>;
  }
  return (
    <div className={className}>
      <p>{`${session.days.length} Kurstage, eine Buchung für alle Tage:`}</p>
      <ol>
        {runDayLines(session.days).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The date rows of a session's facts (a <dl>): "Datum" of one day, or "Kurstage" with every day of
 * a course run, one booking for all (decision 0037).
 */
export function SessionDateRows({
  session,
}: {
  session: { startsAt: Instant; endsAt: Instant; days?: readonly { startsAt: Instant; endsAt: Instant }[] };
}) {
  if (!session.days || session.days.length < 2) {
    return (
      <>
        <dt className="font-semibold">Datum</dt>
        <dd>{`${formatLongDate(session.startsAt)}, ${formatTime(session.startsAt)}–${formatTime(session.endsAt)} Uhr`}</dd>
      </>
    );
  }
  return (
    <>
      <dt className="font-semibold">Kurstage</dt>
      <dd>
        <p>Eine Buchung gilt für alle Tage.</p>
        <ol>
          {runDayLines(session.days).map((line) => (
            <li key={line}>{`${line} Uhr`}</li>
          ))}
        </ol>
      </dd>
    </>
  );
}

/** Open dates of a course, each with its way to book. */
export function SessionList({ sessions, now }: { sessions: SessionListItem[]; now: Date }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {sessions.map((session) => {
        const period = sessionPeriod(session.startsAt, session.endsAt);
        const closed = bookingClosedReason(session, now);
        return (
          <Card as="li" key={session.id}>
            {session.sessionTitle ? <p className="font-semibold text-brand-dark">{session.sessionTitle}</p> : null}
            <SessionWhen session={session} className="font-semibold" />
            <p>{session.location}</p>
            <p className="mt-2 text-muted">{closed ? bookingClosedLabels[closed] : session.availability.label}</p>
            {session.bookingDeadline && !closed ? (
              <p className="text-sm text-muted">Anmeldeschluss: {formatDate(session.bookingDeadline)}</p>
            ) : null}
            {session.ownPriceNote ? <p className="text-sm text-muted">{session.ownPriceNote}</p> : null}
            {closed ? null : (
              <p className="mt-4">
                <LinkButton href={`/termine/${session.id}`}>
                  {session.availability.queuesNewBookings ? "Auf die Warteliste" : "Platz buchen"}
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
