import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { CallBookingForm } from "@/components/booking/call-booking-form";
import { SeatBookingForm } from "@/components/booking/seat-booking-form";
import { failure, success } from "@/lib/action-result";
import { sessionAvailability } from "@/lib/booking/rules";
import { messagesFor } from "@/lib/i18n";

// Typing into many fields is slow on a busy machine; the default 5 s is for simpler forms.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => window.localStorage.clear());

const SESSION_ID = "0190f000-0000-7000-8000-000000000001";

// The texts the page passes from the de-CH catalogue.
const { pages } = messagesFor("de");

describe("seat booking form", () => {
  it("adds and removes participants, counts the seats and says when the booking goes to the waiting list", async () => {
    const { container } = render(
      <SeatBookingForm
        sessionId={SESSION_ID}
        texts={pages.sessions.booking.form}
        availability={sessionAvailability({ capacity: 12, seatsTaken: 11, waitingBookings: 0 })}
        action={vi.fn()}
      />,
    );
    // Without JavaScript the browser posts: personal data never goes into the address.
    expect(container.querySelector("form")?.getAttribute("method")).toBe("post");
    expect(screen.getByText("1 Platz")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Verbindlich buchen" })).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Weitere Person hinzufügen" }));
    expect(screen.getByRole("group", { name: "Person 2" })).toBeInTheDocument();
    expect(screen.getByText("2 Plätze – diese Buchung kommt auf die Warteliste.")).toBeInTheDocument();
    expect(
      screen.getByText("Es ist nur noch 1 Platz frei; eine Buchung für 2 Personen kommt auf die Warteliste."),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Auf die Warteliste setzen" })).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Person 2 entfernen" }));
    expect(screen.queryByRole("group", { name: "Person 2" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Verbindlich buchen" })).toBeInTheDocument();
  });

  it("sends every participant, shows a server error at its field and keeps the input", async () => {
    const action = vi
      .fn()
      .mockResolvedValueOnce(failure("Bitte prüfen Sie die markierten Angaben.", { email: ["Schon gebucht."] }))
      .mockResolvedValueOnce(
        success({
          status: "WAITLISTED" as const,
          waitlistPosition: 3,
          waitlistReason:
            "Es sind noch 2 Plätze frei, aber 4 Personen warten bereits; neue Anmeldungen kommen nach ihnen auf die Warteliste.",
          email: "anna@amt.example",
          holdExpiresAt: "2026-11-24T08:30:00.000Z",
        }),
      );
    render(
      <SeatBookingForm
        sessionId={SESSION_ID}
        texts={pages.sessions.booking.form}
        availability={sessionAvailability({ capacity: 14, seatsTaken: 12, waitingBookings: 1, waitingSeats: 4 })}
        action={action}
      />,
    );
    const person = screen.getByRole("group", { name: "Person 1" });
    await userEvent.type(within(person).getByLabelText(/Vorname und Name/), "Anna Bärtschi");
    await userEvent.type(within(person).getByLabelText(/E-Mail-Adresse/), "anna@amt.example");
    await userEvent.type(screen.getByLabelText(/^Ihr Name/), "Anna Bärtschi");
    await userEvent.type(screen.getByLabelText(/^Ihre E-Mail-Adresse/), "anna@amt.example");
    await userEvent.type(screen.getByLabelText(/^Organisation/), "Betreibungsamt Thun");
    await userEvent.click(screen.getByRole("button", { name: "Auf die Warteliste setzen" }));

    // The summary at the top links to the field, which carries the message too.
    expect(await screen.findByRole("link", { name: "Schon gebucht." })).toHaveAttribute("href", "#email");
    expect(screen.getByRole("heading", { name: "Bitte korrigieren Sie 1 Angabe" })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Ihre E-Mail-Adresse/)).toHaveAccessibleDescription(/Schon gebucht\./);
    expect(screen.getByLabelText(/^Ihre E-Mail-Adresse/)).toHaveValue("anna@amt.example");
    expect(action).toHaveBeenCalledWith(
      expect.objectContaining({
        sessionId: SESSION_ID,
        participants: [{ name: "Anna Bärtschi", email: "anna@amt.example" }],
      }),
    );

    await userEvent.click(screen.getByRole("button", { name: "Auf die Warteliste setzen" }));
    expect(await screen.findByRole("heading", { name: "Sie stehen auf der Warteliste" })).toHaveFocus();
    expect(
      screen.getByText(
        "Es sind noch 2 Plätze frei, aber 4 Personen warten bereits; neue Anmeldungen kommen nach ihnen auf die Warteliste. Sie sind auf Position 3 der Warteliste und rücken automatisch nach, sobald Plätze frei werden.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Bitte bestätigen Sie Ihre Buchung über den Link in der E-Mail an anna@amt\.example/),
    ).toBeInTheDocument();
  });
});

describe("call booking form", () => {
  const slots = [
    { startsAt: "2026-11-24T08:00:00.000Z", endsAt: "2026-11-24T08:30:00.000Z" },
    { startsAt: "2026-11-24T08:45:00.000Z", endsAt: "2026-11-24T09:15:00.000Z" },
    { startsAt: "2026-11-25T13:00:00.000Z", endsAt: "2026-11-25T13:30:00.000Z" },
  ];

  it("groups free times by day in Zurich time and shows a taken slot's message at the time field", async () => {
    const action = vi
      .fn()
      .mockResolvedValue(
        failure("Bitte prüfen Sie die markierten Angaben.", { startsAt: ["Dieser Termin wurde soeben gebucht."] }),
      );
    render(
      <CallBookingForm
        slots={slots}
        texts={{
          ...pages.callBooking.book.form,
          dateTimeRange: pages.shared.dateTimeRange,
          slotPicker: pages.shared.slotPicker,
        }}
        action={action}
        formAction={vi.fn()}
        prefill={{ salutation: "NEUTRAL", name: "", organisation: "Amt", email: "", phone: "", topic: "" }}
      />,
    );
    const day = screen.getByLabelText(/^Tag/);
    expect(
      within(day)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Dienstag, 24.11.2026 (2 freie Zeiten)", "Mittwoch, 25.11.2026 (1 freie Zeit)"]);
    const times = screen.getByRole("group", { name: /Uhrzeit/ });
    expect(
      within(times)
        .getAllByRole("radio")
        .map((radio) => radio.parentElement?.textContent),
    ).toEqual(["09:00–09:30 Uhr", "09:45–10:15 Uhr"]);
    await userEvent.selectOptions(day, "Mittwoch, 25.11.2026");
    expect(within(times).getByRole("radio", { name: "14:00–14:30 Uhr" })).toBeInTheDocument();

    await userEvent.click(within(times).getByRole("radio", { name: "14:00–14:30 Uhr" }));
    expect(screen.getByLabelText(/^Organisation/)).toHaveValue("Amt");
    await userEvent.type(screen.getByLabelText(/^Vorname und Name/), "Zoë Müller");
    await userEvent.type(screen.getByLabelText(/^E-Mail-Adresse/), "zoe@amt.example");
    await userEvent.type(screen.getByLabelText(/^Telefon/), "031 123 45 67");
    await userEvent.click(screen.getByRole("button", { name: "Erstgespräch buchen" }));

    expect(action).toHaveBeenCalledWith(expect.objectContaining({ startsAt: "2026-11-25T13:00:00.000Z" }));
    expect(await within(times).findByText("Dieser Termin wurde soeben gebucht.")).toBeInTheDocument();
  });
});
