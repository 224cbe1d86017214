import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { ProposalDocument } from "@/components/proposals/proposal-document";
import { buildSnapshot } from "@/lib/proposals/snapshot";

import { dayRateDesign } from "../setup/proposal-inputs";

const snapshot = buildSnapshot(
  dayRateDesign({
    title: "Souverän am Schalter",
    situation: "Am Schalter erleben Ihre Mitarbeitenden immer öfter Vorwürfe.",
    nextSteps: "Wenn Ihnen die Offerte zusagt, nehmen Sie sie bequem online an.",
    venue: "Bei uns vor Ort",
    datesWished: "März 2027",
    goals: [{ title: "Gelassen bleiben", description: "" }],
    agendaItems: [{ kind: "MODULE", title: "Aktiv zuhören", description: "", day: 1, durationMinutes: 60 }],
  }),
  {
    version: 1,
    validUntil: "2027-01-15",
    inquiry: {
      reference: "ANF-2026-0001",
      organisationName: "Strassenverkehrsamt Bern",
      department: null,
      salutation: "MS",
      contactName: "Zoë Müller-Brügger",
    },
    consultant: { name: "Markus Muster", email: "markus@anliegen.example" },
  },
);

describe("the proposal as the client reads it", () => {
  it("invites to accept while open", () => {
    render(<ProposalDocument snapshot={snapshot} />);
    expect(screen.getByText(/nehmen Sie sie bequem online an/)).toBeTruthy();
    expect(screen.getByText("Diese Offerte ist gültig bis 15.01.2027.")).toBeTruthy();
  });

  it("says what follows once accepted, and no longer asks to accept", () => {
    render(<ProposalDocument snapshot={snapshot} accepted />);
    expect(screen.queryByText(/nehmen Sie sie bequem online an/)).toBeNull();
    expect(screen.queryByText(/gültig bis/)).toBeNull();
    expect(screen.getByRole("heading", { name: "So geht es weiter" })).toBeTruthy();
    expect(screen.getByText(/um die Kursdaten festzulegen/)).toBeTruthy();
  });
});
