import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { LEADERSHIP_DRAFT_KEY, LeadershipInquiryForm } from "@/components/inquiry/leadership-inquiry-form";
import { success } from "@/lib/action-result";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  window.localStorage.clear();
  push.mockReset();
});

describe("leadership inquiry form", () => {
  it("asks the leadership questions, sums up what is missing and sends the answers", async () => {
    const action = vi.fn().mockResolvedValue(success({ reference: "ANF-2026-0007" }));
    render(<LeadershipInquiryForm action={action} />);
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
