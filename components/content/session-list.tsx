import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import type { OpenSessionDto } from "@/lib/booking/queries";
import { bookingClosedLabels, bookingClosedReason } from "@/lib/booking/rules";
import { formatDate, formatLongDate, formatTime, type Instant } from "@/lib/format";
import { dayWithTimes, fill } from "@/lib/i18n/fill";
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
type SessionTimes = {
  startsAt: Instant;
  endsAt: Instant;
  days?: readonly { startsAt: Instant; endsAt: Instant }[];
};

export type CourseRunTexts = Catalogue["pages"]["content"]["courseRun"];

/** "Kurstag 1: Mittwoch, 27.01.2027, 08:30–16:30", one line per day of a course run (decision 0037). */
export function runDayLines(days: readonly { startsAt: Instant; endsAt: Instant }[], texts: CourseRunTexts): string[] {
  return days.map((day, index) =>
    fill(texts.day, { number: index + 1, period: sessionPeriod(day.startsAt, day.endsAt) }),
  );
}

/**
 * When a session takes place: its period in one line, or, for a course run, its days as a list
 * under a line that says one booking covers them all.
 */
export function SessionWhen({
  session,
  className,
  texts,
}: {
  session: SessionTimes;
  className?: string;
  texts: CourseRunTexts;
}) {
  if (!session.days || session.days.length < 2) {
    return <p className={className}>{sessionPeriod(session.startsAt, session.endsAt)}</p>;
  }
  return (
    <div className={className}>
      <p>{fill(texts.summary, { count: session.days.length })}</p>
      <ol>
        {runDayLines(session.days, texts).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The date rows of a session's facts (a <dl>): the date of one day, or the course days with every
 * day of a course run, one booking for all (decision 0037).
 */
export function SessionDateRows({
  session,
  dateLabel,
  dateTimeRange,
  texts,
}: {
  session: SessionTimes;
  /** "Datum" of the page's catalogue. */
  dateLabel: string;
  /** The shared "{date}, {start}–{end} Uhr". */
  dateTimeRange: string;
  texts: CourseRunTexts;
}) {
  if (!session.days || session.days.length < 2) {
    return (
      <>
        <dt className="font-semibold">{dateLabel}</dt>
        <dd>{dayWithTimes(dateTimeRange, session.startsAt, session.endsAt)}</dd>
      </>
    );
  }
  return (
    <>
      <dt className="font-semibold">{texts.days}</dt>
      <dd>
        <p>{texts.oneBooking}</p>
        <ol>
          {runDayLines(session.days, texts).map((line) => (
            <li key={line}>{fill(texts.dayWithTime, { line })}</li>
          ))}
        </ol>
      </dd>
    </>
  );
}

/** Open dates of a course, each with its way to book. */
export function SessionList({
  sessions,
  now,
  texts,
  runTexts,
}: {
  sessions: SessionListItem[];
  now: Date;
  /** From the page's catalogue. */
  texts: Catalogue["pages"]["content"]["sessionList"];
  /** The course-run words of the same catalogue. */
  runTexts: CourseRunTexts;
}) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {sessions.map((session) => {
        const period = sessionPeriod(session.startsAt, session.endsAt);
        const closed = bookingClosedReason(session, now);
        return (
          <Card as="li" key={session.id}>
            {session.sessionTitle ? <p className="font-semibold text-brand-dark">{session.sessionTitle}</p> : null}
            <SessionWhen session={session} className="font-semibold" texts={runTexts} />
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
