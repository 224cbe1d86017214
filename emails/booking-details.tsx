import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { EventLines, formatRange } from "./event-details";

export type SessionSummary = {
  courseTitle: string;
  startsAt: string;
  endsAt: string;
  location: string;
  address: string;
};

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
        [line.date, formatRange(session.startsAt, session.endsAt, locale)],
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
