import { fill } from "@/lib/i18n/fill";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { EventLines, formatRange } from "./event-details";

export type SessionSummary = {
  courseTitle: string;
  startsAt: string;
  endsAt: string;
  location: string;
  address: string;
  /** The days of a course run (decision 0037); absent for a one-day session. */
  days?: readonly { startsAt: string; endsAt: string }[];
};

/** One line per day of a run ("Kurstag 1"), or the one date of a single day. */
function dateLines(session: SessionSummary, locale: MailLocaleProps["locale"]): [string, string][] {
  const line = mailMessages(locale).common.line;
  if (!session.days || session.days.length < 2) {
    return [[line.date, formatRange(session.startsAt, session.endsAt, locale)]];
  }
  return session.days.map((day, index) => [
    fill(line.courseDay, { number: index + 1 }),
    formatRange(day.startsAt, day.endsAt, locale),
  ]);
}

export function SessionLines({
  session,
  extra = [],
  locale,
}: {
  session: SessionSummary;
  extra?: [string, string | undefined][];
} & MailLocaleProps) {
  const line = mailMessages(locale).common.line;
  return (
    <EventLines
      lines={[
        [line.course, session.courseTitle],
        ...dateLines(session, locale),
        [line.place, [session.location, session.address].filter(Boolean).join(", ")],
        ...extra,
      ]}
    />
  );
}

export const sampleSession: SessionSummary = {
  courseTitle: "Schwierige Kundengespräche am Schalter",
  startsAt: "2027-03-10T08:00:00.000Z",
  endsAt: "2027-03-10T16:00:00.000Z",
  location: "Bern, Kursraum Bollwerk",
  address: "Bollwerk 15, 3011 Bern",
};
