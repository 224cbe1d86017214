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
}: {
  session: SessionSummary;
  extra?: [string, string | undefined][];
}) {
  return (
    <EventLines
      lines={[
        ["Kurs", session.courseTitle],
        ["Datum", formatRange(session.startsAt, session.endsAt)],
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
