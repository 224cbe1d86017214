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
function dateLines(session: SessionSummary): [string, string][] {
  if (!session.days || session.days.length < 2) return [["Datum", formatRange(session.startsAt, session.endsAt)]];
  return session.days.map((day, index) => [`Kurstag ${index + 1}`, formatRange(day.startsAt, day.endsAt)]);
}

export function SessionLines({
  session,
  extra = [],
}: {
  session: SessionSummary;
  extra?: [string, string | undefined][];
}) {
  return (
    <EventLines
      lines={[
        ["Kurs", session.courseTitle],
        ...dateLines(session),
        ["Ort", [session.location, session.address].filter(Boolean).join(", ")],
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
