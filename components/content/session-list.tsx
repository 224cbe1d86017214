import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import type { OpenSessionDto } from "@/lib/booking/queries";
import { bookingClosedLabels, bookingClosedReason } from "@/lib/booking/rules";
import { formatDate, formatLongDate, formatTime, type Instant } from "@/lib/format";
import { fill } from "@/lib/i18n";
import type { Catalogue } from "@/lib/i18n/messages";

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
>;

/** "Montag, 02.03.2026, 08:30–17:00", or both ends in full when the session spans several days. */
export function sessionPeriod(startsAt: Instant, endsAt: Instant): string {
  if (formatDate(startsAt) === formatDate(endsAt)) {
    return `${formatLongDate(startsAt)}, ${formatTime(startsAt)}–${formatTime(endsAt)}`;
  }
  return `${formatLongDate(startsAt)}, ${formatTime(startsAt)} bis ${formatLongDate(endsAt)}, ${formatTime(endsAt)}`;
}

/** Open dates of a course, each with its way to book. */
export function SessionList({
  sessions,
  now,
  texts,
}: {
  sessions: SessionListItem[];
  now: Date;
  /** From the page's catalogue. */
  texts: Catalogue["pages"]["content"]["sessionList"];
}) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {sessions.map((session) => {
        const period = sessionPeriod(session.startsAt, session.endsAt);
        const closed = bookingClosedReason(session, now);
        return (
          <Card as="li" key={session.id}>
            {session.sessionTitle ? <p className="font-semibold text-brand-dark">{session.sessionTitle}</p> : null}
            <p className="font-semibold">{period}</p>
            <p>{session.location}</p>
            <p className="mt-2 text-muted">{closed ? bookingClosedLabels[closed] : session.availability.label}</p>
            {session.bookingDeadline && !closed ? (
              <p className="text-sm text-muted">
                {fill(texts.deadline, { date: formatDate(session.bookingDeadline) })}
              </p>
            ) : null}
            {session.ownPriceNote ? <p className="text-sm text-muted">{session.ownPriceNote}</p> : null}
            {closed ? null : (
              <p className="mt-4">
                <LinkButton href={`/termine/${session.id}`}>
                  {session.availability.queuesNewBookings ? texts.waitlist : texts.book}
                  <span className="sr-only">{fill(texts.bookOn, { period })}</span>
                </LinkButton>
              </p>
            )}
          </Card>
        );
      })}
    </ul>
  );
}
