import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { DesignerForm } from "@/components/proposals/designer-form";
import { success } from "@/lib/action-result";
import type { DesignFormValues } from "@/lib/proposals/schemas";

import { emptyDesignTexts } from "../setup/proposal-inputs";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => window.localStorage.clear());

const block = (day: number) => [
  { moduleId: "", kind: "CUSTOM" as const, title: `Vormittag ${day}`, description: "", day, durationMinutes: 210 },
  { moduleId: "", kind: "BREAK" as const, title: "Mittagspause", description: "", day, durationMinutes: 60 },
  { moduleId: "", kind: "CUSTOM" as const, title: `Nachmittag ${day}`, description: "", day, durationMinutes: 210 },
];

function values(days: string): DesignFormValues {
  return {
    designId: "0190f000-0000-7000-8000-000000000010",
    title: "Souverän im Kundenkontakt",
    ...emptyDesignTexts,
    participants: 12,
    dayStart: "08:30",
    pricingMode: "DAY_RATE",
    dayRate: "2400",
    days,
    flatFee: "",
    expenses: "",
    purchaseOrderRef: "",
    costCentre: "",
    validityDays: 30,
    goals: [{ goalId: "", title: "Gelassen bleiben", description: "" }],
    agenda: [...block(1), ...block(2)],
  };
}

const mailPreview = {
  to: "kontakt@verwaltung.example",
  subject: "Ihre Offerte: Souverän im Kundenkontakt",
  text: "Guten Tag Frau Müller-Brügger\n\nDie Offerte liegt dieser Mail als PDF bei.",
  attachment: "Offerte-ANF-2026-0001-v1.pdf",
};

function renderDesigner(days: string, props: Partial<Parameters<typeof DesignerForm>[0]> = {}) {
  return render(
    <DesignerForm
      defaultValues={values(days)}
      library={{ goals: [], modules: [] }}
      vatRateBasisPoints={810}
      recipient="kontakt@verwaltung.example"
      inquiryMessage={null}
      canSend
      save={vi.fn().mockResolvedValue(success(null))}
      preview={vi.fn().mockResolvedValue(success(mailPreview))}
      send={vi.fn().mockResolvedValue(success({ version: 1 }))}
      {...props}
    />,
  );
}

describe("the designer", () => {
  it("warns while the programme's days and the priced days disagree, and stops once they agree", async () => {
    renderDesigner("1");
    const status = screen.getAllByRole("status").find((element) => element.textContent?.includes("Programm"));
    expect(status).toBeDefined();
    expect(within(status!).getByText(/Das Programm umfasst 2 Kurstage, der Preis 1 Kurstag\./)).toBeTruthy();

    const days = screen.getByLabelText(/Kurstage/);
    await userEvent.clear(days);
    await userEvent.type(days, "2");
    expect(screen.queryByText(/Das Programm umfasst/)).toBeNull();
  });

  it("shows the inquiry's words beside the situation as a draft to take over, and says when they are still verbatim", async () => {
    const message = "Grüezi Herr Muster\n\nUnsere Mitarbeitenden am Schalter erleben zunehmend Vorwürfe.";
    renderDesigner("2", { inquiryMessage: message });
    const situation = screen.getByRole("textbox", { name: /Ausgangslage, wie ich/ }) as HTMLTextAreaElement;
    // Not in the proposal's text until the consultant takes it over.
    expect(situation.value).toBe("");
    const aside = screen.getByRole("complementary", { name: "Aus der Anfrage" });
    expect(within(aside).getByText(/am Schalter erleben zunehmend Vorwürfe/)).toBeTruthy();

    await userEvent.click(within(aside).getByRole("button", { name: "Als Vorlage übernehmen" }));
    expect(situation.value).toBe(message);
    expect(document.activeElement).toBe(situation);
    expect(within(aside).getByRole("status").textContent).toMatch(/enthält Sätze aus der Anfrage unverändert/);

    // Rewritten in the consultant's words, the notice goes.
    await userEvent.clear(situation);
    await userEvent.type(situation, "Am Schalter erleben Ihre Mitarbeitenden immer öfter Vorwürfe.");
    expect(within(aside).getByRole("status").textContent).toBe("");
  });

  it("shows the mail as the client will get it and sends only once the consultant confirms", async () => {
    const preview = vi.fn().mockResolvedValue(success(mailPreview));
    const send = vi.fn().mockResolvedValue(success({ version: 1 }, "Version 1 der Offerte ist gesendet."));
    renderDesigner("2", { preview, send });

    await userEvent.click(screen.getByRole("button", { name: "Offerte an kontakt@verwaltung.example senden …" }));
    const panel = await screen.findByRole("region", { name: "So erhält die Kundschaft die Offerte" });
    expect(preview).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
    expect(within(panel).getByText("Ihre Offerte: Souverän im Kundenkontakt")).toBeTruthy();
    expect(within(panel).getByText("Offerte-ANF-2026-0001-v1.pdf")).toBeTruthy();
    expect(within(panel).getByTestId("mail-text").textContent).toContain("als PDF bei");
    // The draft cannot change under the preview.
    expect(screen.getByRole("textbox", { name: /Titel des Kurses/ }).matches(":disabled")).toBe(true);

    await userEvent.click(within(panel).getByRole("button", { name: "Zurück zum Entwurf" }));
    expect(screen.queryByRole("region", { name: "So erhält die Kundschaft die Offerte" })).toBeNull();
    expect(send).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole("button", { name: "Offerte an kontakt@verwaltung.example senden …" }));
    const again = await screen.findByRole("region", { name: "So erhält die Kundschaft die Offerte" });
    await userEvent.click(within(again).getByRole("button", { name: "Jetzt senden" }));
    expect(send).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("Version 1 der Offerte ist gesendet.")).toBeTruthy();
  });

  it("names what each programme button acts on, and moves and removes that item", async () => {
    const agenda = [
      { moduleId: "", kind: "CUSTOM" as const, title: "Begrüssung", description: "", day: 1, durationMinutes: 30 },
      { moduleId: "", kind: "MODULE" as const, title: "Deeskalation", description: "", day: 1, durationMinutes: 90 },
      { moduleId: "", kind: "BREAK" as const, title: "Kaffeepause", description: "", day: 1, durationMinutes: 15 },
    ];
    renderDesigner("1", { defaultValues: { ...values("1"), agenda } });
    // No button in the programme is called just "Nach oben" or "Entfernen".
    for (const bare of ["Nach oben", "Nach unten", "Entfernen"]) {
      expect(screen.queryByRole("button", { name: bare })).toBeNull();
    }
    expect(screen.getByRole("button", { name: "Programmpunkt «Begrüssung» nach unten verschieben" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Pause «Kaffeepause» entfernen" })).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "Modul «Deeskalation» nach oben verschieben" }));
    const titles = () =>
      screen
        .getAllByRole("textbox", { name: /^(Modul|Programmpunkt|Pause)/ })
        .map((input) => (input as HTMLInputElement).value);
    expect(titles()).toEqual(["Deeskalation", "Begrüssung", "Kaffeepause"]);

    await userEvent.click(screen.getByRole("button", { name: "Pause «Kaffeepause» entfernen" }));
    expect(titles()).toEqual(["Deeskalation", "Begrüssung"]);
    expect(screen.queryByRole("button", { name: /Kaffeepause/ })).toBeNull();
  });
});
