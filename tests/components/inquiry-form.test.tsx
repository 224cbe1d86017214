// Both public inquiry forms (the course inquiry and the leadership inquiry), with the router mocked.
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { inquiryTexts } from "@/components/inquiry/form-parts";
import { INQUIRY_DRAFT_KEY, InquiryForm, type InquiryFormProps } from "@/components/inquiry/inquiry-form";
import { LEADERSHIP_DRAFT_KEY, LeadershipInquiryForm } from "@/components/inquiry/leadership-inquiry-form";
import { failure, success, UNAVAILABLE_MESSAGE } from "@/lib/action-result";
import { messagesFor } from "@/lib/i18n";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

// Typing into many fields is slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  window.localStorage.clear();
  push.mockReset();
});

// The texts the pages pass from the de-CH catalogue.
const texts = inquiryTexts(messagesFor("de").pages.inquiryForm);

const options: InquiryFormProps["options"] = {
  courses: [
    { slug: "schwierige-gespraeche", title: "Schwierige Gespräche am Schalter" },
    { slug: "telefon", title: "Professionell telefonieren" },
  ],
  fields: [{ slug: "sozialdienste", title: "Sozialdienste" }],
  goals: [
    { slug: "grenzen-setzen", title: "Grenzen freundlich setzen" },
    { slug: "gelassen-bleiben", title: "Gelassen bleiben" },
  ],
  themes: [
    {
      slug: "werkzeuge",
      title: "Kommunikations-Werkzeuge",
      modules: [
        { slug: "deeskalation", title: "Deeskalation" },
        { slug: "nein-sagen", title: "Nein sagen" },
      ],
    },
  ],
};

async function fillRequired() {
  await userEvent.type(screen.getByLabelText(/^Name der Organisation/), "Sozialdienst Region Thun");
  await userEvent.selectOptions(screen.getByLabelText(/^Art der Organisation/), "Gemeinde oder Stadt");
  await userEvent.type(screen.getByLabelText(/^Vorname und Name/), "Zoë Müller-Brügger");
  await userEvent.type(screen.getByLabelText(/^E-Mail-Adresse/), "zoe@verwaltung.example");
  await userEvent.click(screen.getByLabelText(/Datenschutzerklärung/));
}

describe("inquiry form", () => {
  it("prefills the course from the address and shows a German error at each required field", async () => {
    const action = vi.fn();
    render(<InquiryForm options={options} courseSlug="telefon" action={action} texts={texts} />);
    expect(screen.getByLabelText(/^Kurs aus dem Angebot/)).toHaveValue("telefon");

    await userEvent.click(screen.getByRole("button", { name: "Anfrage senden" }));

    // The schema is loaded on demand (decision 0016): the first validation may wait for it.
    // The error summary at the top takes the focus and links to each refused field, in form order.
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("Bitte korrigieren Sie 5 Angaben"));
    const summary = screen.getByRole("heading", { name: "Bitte korrigieren Sie 5 Angaben" }).closest("[tabindex]");
    expect(summary).toHaveFocus();
    const links = within(screen.getByRole("alert")).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      "Bitte geben Sie den Namen Ihrer Organisation an.",
      "Bitte wählen Sie die Art Ihrer Organisation.",
      "Bitte geben Sie Ihren Vornamen und Namen an.",
      "Bitte geben Sie Ihre E-Mail-Adresse an.",
      "Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben.",
    ]);
    await userEvent.click(links[3]!);
    expect(screen.getByLabelText(/^E-Mail-Adresse/)).toHaveFocus();
    const organisation = screen.getByLabelText(/^Name der Organisation/);
    expect(organisation).toHaveAttribute("aria-invalid", "true");
    expect(organisation).toHaveAccessibleDescription(/Bitte geben Sie den Namen Ihrer Organisation an\./);
    expect(screen.getByLabelText(/^Art der Organisation/)).toHaveAccessibleDescription(
      /Bitte wählen Sie die Art Ihrer Organisation\./,
    );
    expect(screen.getByLabelText(/^Vorname und Name/)).toHaveAccessibleDescription(
      /Bitte geben Sie Ihren Vornamen und Namen an\./,
    );
    expect(screen.getByLabelText(/^E-Mail-Adresse/)).toHaveAccessibleDescription(
      /Bitte geben Sie Ihre E-Mail-Adresse an\./,
    );
    expect(screen.getByLabelText(/Datenschutzerklärung/)).toHaveAccessibleDescription(
      /Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben\./,
    );
    expect(action).not.toHaveBeenCalled();

    // After a failed submit a field is checked again as it is typed; a corrected one loses its message.
    await userEvent.type(screen.getByLabelText(/^Telefon/), "12");
    expect(screen.getByLabelText(/^Telefon/)).toHaveAccessibleDescription(/gültige Telefonnummer/);
    await userEvent.type(screen.getByLabelText(/^Name der Organisation/), "Steueramt");
    expect(screen.getByLabelText(/^Name der Organisation/)).toHaveAttribute("aria-invalid", "false");
    // The summary keeps what it listed until the next submit: nothing above the fields shrinks.
    expect(screen.getByRole("heading", { name: "Bitte korrigieren Sie 5 Angaben" })).toBeInTheDocument();
    expect(
      within(screen.getByRole("alert")).getByRole("link", { name: "Bitte geben Sie den Namen Ihrer Organisation an." }),
    ).toBeInTheDocument();
  });

  it("counts the message's characters before sending and refuses too long a text at its field", async () => {
    const action = vi.fn();
    render(<InquiryForm options={options} courseSlug="" action={action} texts={texts} />);
    const message = screen.getByLabelText(/^Nachricht/);
    expect(message).toHaveAccessibleDescription(/Höchstens 4'000 Zeichen\./);
    expect(screen.getByTestId("message-zaehler")).toHaveTextContent("Noch 4'000 Zeichen möglich");
    await userEvent.click(message);
    await userEvent.paste("x".repeat(4010));
    expect(screen.getByTestId("message-zaehler")).toHaveTextContent("10 Zeichen zu viel");
    // Nothing pasted is cut off: the visitor decides what to shorten.
    expect(message).toHaveValue("x".repeat(4010));
    await fillRequired();
    await userEvent.click(screen.getByRole("button", { name: "Anfrage senden" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("Bitte korrigieren Sie 1 Angabe"));
    expect(message).toHaveAccessibleDescription(/Die Nachricht ist zu lang \(höchstens 4'000 Zeichen\)/);
    expect(action).not.toHaveBeenCalled();
  });

  it("keeps everything typed on a server error, shows it at its field, and goes to the confirmation on success", async () => {
    const action = vi
      .fn()
      .mockResolvedValueOnce(failure(UNAVAILABLE_MESSAGE, {}, "UNAVAILABLE"))
      .mockResolvedValueOnce(
        failure("Bitte prüfen Sie die markierten Angaben.", { email: ["Diese Adresse nimmt keine Mails an."] }),
      )
      .mockResolvedValueOnce(success({ reference: "ANF-2026-0042" }));
    render(<InquiryForm options={options} courseSlug="" action={action} texts={texts} />);
    await fillRequired();
    await userEvent.click(screen.getByLabelText("Stress am Telefon"));
    await userEvent.click(screen.getByLabelText("Nein sagen"));
    await userEvent.click(screen.getByLabelText("Gelassen bleiben"));
    await userEvent.type(screen.getByLabelText(/^Nachricht/), "Bitte am Vormittag anrufen.");

    await userEvent.click(screen.getByRole("button", { name: "Anfrage senden" }));
    expect(await screen.findByText(UNAVAILABLE_MESSAGE)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name der Organisation/)).toHaveValue("Sozialdienst Region Thun");
    expect(screen.getByLabelText(/^Nachricht/)).toHaveValue("Bitte am Vormittag anrufen.");
    expect(screen.getByLabelText("Stress am Telefon")).toBeChecked();
    expect(JSON.parse(window.localStorage.getItem(INQUIRY_DRAFT_KEY) ?? "{}")).toMatchObject({
      organisationName: "Sozialdienst Region Thun",
      message: "Bitte am Vormittag anrufen.",
    });
    expect(action).toHaveBeenLastCalledWith(
      expect.objectContaining({
        organisationKind: "MUNICIPAL_OFFICE",
        contactName: "Zoë Müller-Brügger",
        challenges: ["PHONE_STRESS"],
        goalSlugs: ["gelassen-bleiben"],
        moduleSlugs: ["nein-sagen"],
        privacyConsent: true,
      }),
    );

    await userEvent.click(screen.getByRole("button", { name: "Anfrage senden" }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^E-Mail-Adresse/)).toHaveAccessibleDescription(
        /Diese Adresse nimmt keine Mails an\./,
      ),
    );
    expect(screen.getByRole("link", { name: "Diese Adresse nimmt keine Mails an." })).toBeInTheDocument();
    expect(screen.getByLabelText(/^E-Mail-Adresse/)).toHaveValue("zoe@verwaltung.example");

    await userEvent.click(screen.getByRole("button", { name: "Anfrage senden" }));
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith("/anfrage/danke?referenz=ANF-2026-0042"));
    expect(window.localStorage.getItem(INQUIRY_DRAFT_KEY)).toBeNull();
  });

  it("restores a draft left by an earlier visit", async () => {
    window.localStorage.setItem(
      INQUIRY_DRAFT_KEY,
      JSON.stringify({ organisationName: "Steueramt Solothurn", challenges: ["ANGRY_CUSTOMERS"] }),
    );
    const { container } = render(<InquiryForm options={options} courseSlug="" action={vi.fn()} texts={texts} />);
    expect(container.querySelector("form")?.getAttribute("method")).toBe("post");
    expect(await screen.findByDisplayValue("Steueramt Solothurn")).toBeInTheDocument();
    expect(screen.getByLabelText("Verärgerte Kundinnen und Kunden, Vorwürfe")).toBeChecked();
  });

  it("prefers the course of the link just followed over the one in a draft", async () => {
    window.localStorage.setItem(
      INQUIRY_DRAFT_KEY,
      JSON.stringify({ organisationName: "Steueramt Solothurn", courseSlug: "schwierige-gespraeche" }),
    );
    render(<InquiryForm options={options} courseSlug="telefon" action={vi.fn()} texts={texts} />);
    expect(await screen.findByDisplayValue("Steueramt Solothurn")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Kurs aus dem Angebot/)).toHaveValue("telefon");
  });
});

describe("leadership inquiry form", () => {
  it("asks the leadership questions, sums up what is missing and sends the answers", async () => {
    const action = vi.fn().mockResolvedValue(success({ reference: "ANF-2026-0007" }));
    render(<LeadershipInquiryForm action={action} texts={texts} />);
    expect(screen.queryByText("Schwierige Situationen im Kundenkontakt")).toBeNull();
    expect(screen.getByLabelText(/^Wer nimmt teil\?/)).toHaveAccessibleDescription(/Höchstens 500 Zeichen\./);

    await userEvent.click(screen.getByRole("button", { name: "Anfrage senden" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("Bitte korrigieren Sie 7 Angaben"));
    const links = within(screen.getByRole("alert")).getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "#organisationName",
      "#organisationKind",
      "#contactName",
      "#email",
      "#desiredChange",
      "#attendees",
      "#privacyConsent",
    ]);
    expect(action).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText(/^Name der Organisation/), "Kirchgemeinde Spiez");
    await userEvent.selectOptions(screen.getByLabelText(/^Art der Organisation/), "Gemeinde oder Stadt");
    await userEvent.type(screen.getByLabelText(/^Vorname und Name/), "Anna von Allmen");
    await userEvent.type(screen.getByLabelText(/^E-Mail-Adresse/), "anna@kirche.example");
    await userEvent.type(screen.getByLabelText(/^Grösse des Teams/), "14");
    await userEvent.type(screen.getByLabelText(/^Was soll sich verändern\?/), "Konflikte früher ansprechen.");
    await userEvent.type(screen.getByLabelText(/^Wer nimmt teil\?/), "Kirchgemeinderat");
    await userEvent.click(screen.getByLabelText(/Datenschutzerklärung/));
    await userEvent.click(screen.getByRole("button", { name: "Anfrage senden" }));

    await waitFor(() => expect(push).toHaveBeenCalledWith("/anfrage/danke?referenz=ANF-2026-0007"));
    expect(action).toHaveBeenCalledWith(
      expect.objectContaining({
        teamSize: "14",
        desiredChange: "Konflikte früher ansprechen.",
        attendees: "Kirchgemeinderat",
        privacyConsent: true,
      }),
    );
    expect(window.localStorage.getItem(LEADERSHIP_DRAFT_KEY)).toBeNull();
  });
});
