import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { RichText } from "@/components/content/rich-text";
import { SessionList, sessionPeriod } from "@/components/content/session-list";
import { TestimonialQuote } from "@/components/content/testimonial-quote";
import { MainNavigation } from "@/components/layout/main-navigation";
import { mainNavigation } from "@/components/layout/navigation";
import { sessionAvailability } from "@/lib/booking/rules";
import { messagesFor } from "@/lib/i18n";

vi.mock("next/navigation", () => ({ usePathname: () => "/kurse/professionell-telefonieren" }));

describe("RichText", () => {
  it("renders headings, paragraphs with line breaks and lists", () => {
    const { container } = render(
      <RichText text={"Einleitung\n\n## Adresse\nMarkus Muster\n3000 Bern\n\n- eins\n- zwei"} headingLevel={2} />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Adresse" })).toBeInTheDocument();
    expect(
      within(screen.getByRole("list"))
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["eins", "zwei"]);
    const address = screen.getByText(/Markus Muster/);
    expect(address.tagName).toBe("P");
    expect(address.querySelectorAll("br")).toHaveLength(1);
    expect(container.querySelectorAll("p")).toHaveLength(2);
  });

  it("renders a quotation with its source as a figure", () => {
    render(<RichText text={"> Ein Kunde ist der wichtigste Besucher.\n> Er ist Teil davon.\n> — Mahatma Gandhi"} />);
    const quote = screen.getByRole("blockquote");
    expect(
      within(quote)
        .getAllByText(/./)
        .map((line) => line.textContent),
    ).toEqual(["Ein Kunde ist der wichtigste Besucher.", "Er ist Teil davon."]);
    expect(screen.getByRole("figure")).toHaveTextContent(/Mahatma Gandhi$/);
  });

  it("links e-mail addresses and phone numbers", () => {
    render(<RichText text={"E-Mail: kontakt@anliegen.example\nTelefon: +41 31 000 00 00"} />);
    expect(screen.getByRole("link", { name: "kontakt@anliegen.example" })).toHaveAttribute(
      "href",
      "mailto:kontakt@anliegen.example",
    );
    expect(screen.getByRole("link", { name: "+41 31 000 00 00" })).toHaveAttribute("href", "tel:+41310000000");
  });

  it("shows markup typed into a body as text, never as HTML", () => {
    const { container } = render(<RichText text={'<img src=x onerror="alert(1)"> <b>fett</b>'} />);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)"> <b>fett</b>')).toBeInTheDocument();
  });
});

describe("TestimonialQuote", () => {
  it("names the author exactly as given, on one line, without an empty role", () => {
    render(
      <TestimonialQuote
        testimonial={{
          quote: "Alle haben profitiert.",
          authorName: "C.M.",
          authorRole: "",
          organisation: "Amt in der Bundesverwaltung",
        }}
      />,
    );
    expect(screen.getByText("C.M., Amt in der Bundesverwaltung", { exact: true })).toBeInTheDocument();
  });
});

describe("SessionList", () => {
  const session = {
    id: "0190a000-0000-7000-8000-000000000001",
    sessionTitle: null,
    status: "SCHEDULED" as const,
    startsAt: "2027-03-01T07:30:00.000Z",
    endsAt: "2027-03-01T16:00:00.000Z",
    location: "Bern, Kursraum Bollwerk",
    availability: sessionAvailability({ capacity: 12, seatsTaken: 9, waitingBookings: 0 }),
    bookingDeadline: "2027-02-15T23:00:00.000Z",
    ownPriceNote: "CHF 480.00 pro Person",
  };
  const now = new Date("2027-01-10T10:00:00Z");
  const texts = messagesFor("de").pages.content.sessionList;
  const runTexts = messagesFor("de").pages.content.courseRun;

  it("shows date and time in Zurich time, free seats, and a booking link per session", () => {
    render(<SessionList sessions={[session]} now={now} texts={texts} runTexts={runTexts} />);
    expect(screen.getByText("Montag, 01.03.2027, 08:30–17:00")).toBeInTheDocument();
    expect(screen.getByText("Noch 3 Plätze frei")).toBeInTheDocument();
    expect(screen.getByText("Anmeldeschluss: 16.02.2027")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /^Platz buchen\s*am Montag, 01\.03\.2027/ })).toHaveAttribute(
      "href",
      `/termine/${session.id}`,
    );
  });

  it("offers the waiting list when full and no link once the booking deadline has passed", () => {
    render(
      <SessionList
        sessions={[
          { ...session, availability: sessionAvailability({ capacity: 12, seatsTaken: 12, waitingBookings: 0 }) },
          { ...session, id: "0190a000-0000-7000-8000-000000000002", bookingDeadline: "2027-01-01T00:00:00.000Z" },
        ]}
        now={now}
        texts={texts}
        runTexts={runTexts}
      />,
    );
    expect(screen.getByRole("link", { name: /^Auf die Warteliste\s*am / })).toHaveAttribute(
      "href",
      `/termine/${session.id}`,
    );
    expect(screen.getByText("Anmeldeschluss vorbei")).toBeInTheDocument();
    expect(screen.getAllByRole("link")).toHaveLength(1);
  });

  it("writes both ends in full when a session spans several days", () => {
    expect(sessionPeriod(new Date("2027-03-01T07:30:00Z"), new Date("2027-03-02T16:00:00Z"))).toBe(
      "Montag, 01.03.2027, 08:30 bis Dienstag, 02.03.2027, 17:00",
    );
  });
});

/** The main navigation as the site header renders it, in German. */
function GermanNavigation() {
  const messages = messagesFor("de");
  return (
    <MainNavigation
      items={mainNavigation(messages)}
      label={messages.site.navigation.mainLabel}
      menuLabel={messages.site.header.menu}
    />
  );
}

describe("MainNavigation", () => {
  it("opens and closes the menu by button and Escape, telling its state", async () => {
    const user = userEvent.setup();
    render(<GermanNavigation />);
    const button = screen.getByRole("button", { name: "Menü" });
    expect(button).toHaveAttribute("aria-expanded", "false");

    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    await user.tab();
    expect(screen.getByRole("link", { name: "Kurse" })).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();
  });

  it("leads to the open dates from the main navigation, right after the courses", () => {
    render(<GermanNavigation />);
    const links = within(screen.getByRole("navigation", { name: "Hauptnavigation" })).getAllByRole("link", {
      hidden: true,
    });
    expect(links.map((link) => link.textContent).slice(0, 2)).toEqual(["Kurse", "Offene Kursdaten"]);
    expect(screen.getByRole("link", { name: "Offene Kursdaten", hidden: true })).toHaveAttribute("href", "/termine");
  });

  it("marks the current section for assistive technology", () => {
    render(<GermanNavigation />);
    expect(screen.getByRole("link", { name: "Kurse", hidden: true })).toHaveAttribute("aria-current", "page");
    expect(screen.getByRole("link", { name: "Geschichten", hidden: true })).not.toHaveAttribute("aria-current");
  });
});
