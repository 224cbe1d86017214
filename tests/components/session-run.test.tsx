// A public course run (decision 0037) is one entry in the list of open dates, with every day.
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { SessionDateRows, SessionList } from "@/components/content/session-list";
import { sessionAvailability } from "@/lib/booking/rules";
import { messagesFor } from "@/lib/i18n";

const { content, sessions: sessionTexts, shared } = messagesFor("de").pages;

const days = [
  { startsAt: "2027-01-27T07:30:00.000Z", endsAt: "2027-01-27T15:30:00.000Z" },
  { startsAt: "2027-02-03T07:30:00.000Z", endsAt: "2027-02-03T15:30:00.000Z" },
];
const run = {
  id: "0190a000-0000-7000-8000-000000000037",
  sessionTitle: null,
  status: "SCHEDULED" as const,
  startsAt: days[0]!.startsAt,
  endsAt: days[1]!.endsAt,
  days,
  location: "Bern, Haus der Begegnung",
  bookingDeadline: null,
  ownPriceNote: "",
  availability: sessionAvailability({ capacity: 12, seatsTaken: 2, waitingBookings: 0 }),
};

describe("a course run in the lists", () => {
  it("is one entry with each day, and one booking link", () => {
    render(
      <SessionList
        sessions={[run]}
        now={new Date("2027-01-10T10:00:00Z")}
        texts={content.sessionList}
        runTexts={content.courseRun}
      />,
    );
    const entry = screen.getAllByRole("listitem")[0]!;
    expect(entry).toHaveTextContent("2 Kurstage, eine Buchung für alle Tage:");
    expect(within(entry).getByText("Kurstag 1: Mittwoch, 27.01.2027, 08:30–16:30")).toBeInTheDocument();
    expect(within(entry).getByText("Kurstag 2: Mittwoch, 03.02.2027, 08:30–16:30")).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: /^Platz buchen/ })).toHaveLength(1);
  });

  it("names its days on the booking page's facts, and one day as its date", () => {
    const { rerender } = render(
      <dl>
        <SessionDateRows
          session={run}
          dateLabel={sessionTexts.booking.date}
          dateTimeRange={shared.dateTimeRange}
          texts={content.courseRun}
        />
      </dl>,
    );
    expect(screen.getByRole("term")).toHaveTextContent("Kurstage");
    expect(screen.getByRole("definition")).toHaveTextContent("Eine Buchung gilt für alle Tage.");
    expect(screen.getByText("Kurstag 2: Mittwoch, 03.02.2027, 08:30–16:30 Uhr")).toBeInTheDocument();
    rerender(
      <dl>
        <SessionDateRows
          session={{ ...days[0]!, days: [days[0]!] }}
          dateLabel={sessionTexts.booking.date}
          dateTimeRange={shared.dateTimeRange}
          texts={content.courseRun}
        />
      </dl>,
    );
    expect(screen.getByRole("term")).toHaveTextContent("Datum");
    expect(screen.getByRole("definition")).toHaveTextContent("Mittwoch, 27.01.2027, 08:30–16:30 Uhr");
  });
});
