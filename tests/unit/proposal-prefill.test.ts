// The first draft of a design follows the inquiry's kind: a course inquiry gets the course wording
// and the library, a leadership inquiry (decision 0032) only what its own answers say.
import { describe, expect, it } from "vitest";

import { clientWords, DEFAULT_METHOD, DEFAULT_NEXT_STEPS, designDraft } from "@/lib/proposals/prefill";

const base = {
  organisationName: "Steuerverwaltung des Kantons Bern",
  department: "Veranlagung",
  courseTitle: null,
  fieldName: null,
  challenges: [],
  challengesOther: null,
  teamSize: null,
  attendees: null,
} as const;

describe("the draft of a design per inquiry kind", () => {
  it("drafts a course inquiry in the course's wording, filled from the library", () => {
    const draft = designDraft({ ...base, kind: "COURSE", challenges: ["ANGRY_CUSTOMERS"] });
    expect(draft).toMatchObject({
      title: "Kundenorientierung für Steuerverwaltung des Kantons Bern",
      method: DEFAULT_METHOD,
      nextSteps: DEFAULT_NEXT_STEPS,
      courseContent: true,
    });
    expect(draft.situation).toContain("Kundenkontakte");
    expect(draft.situation).toContain("Verärgerte Kundinnen und Kunden, Vorwürfe");
  });

  it("drafts a leadership inquiry from its own answers, without course wording or invented facts", () => {
    const draft = designDraft({
      ...base,
      kind: "LEADERSHIP",
      teamSize: 24,
      attendees: "Geschäftsleitung und sechs Teamleitende",
      // Left over from nothing a leadership form asks: must not leak into the draft.
      fieldName: "Öffentliche Verwaltung",
    });
    expect(draft.title).toBe("Führungskultur für Steuerverwaltung des Kantons Bern");
    expect(draft.situation).toBe(
      [
        "Sie möchten die Führungskultur in Ihrem Team (Steuerverwaltung des Kantons Bern, Veranlagung) weiterentwickeln.",
        "Das Team umfasst 24 Personen.",
        "Teilnehmen werden: Geschäftsleitung und sechs Teamleitende",
      ].join("\n\n"),
    );
    expect(draft.courseContent).toBe(false);
    expect(draft.method).toBe("");
    for (const text of [draft.title, draft.situation, draft.nextSteps]) {
      expect(text).not.toMatch(/Kundenkontakt|Kundenorientierung|Rollenspiel|Kursdaten|Öffentliche Verwaltung/);
    }
  });

  it("leaves out the answers a leadership inquiry left open and counts one person in the singular", () => {
    expect(designDraft({ ...base, kind: "LEADERSHIP", department: null }).situation).toBe(
      "Sie möchten die Führungskultur in Ihrem Team (Steuerverwaltung des Kantons Bern) weiterentwickeln.",
    );
    expect(designDraft({ ...base, kind: "LEADERSHIP", teamSize: 1 }).situation).toContain("Das Team umfasst 1 Person.");
  });
});

describe("the client's own words beside the situation", () => {
  const inquiry = { message: "Wir freuen uns auf Ihre Antwort.", desiredChange: "Konflikte früher ansprechen." };

  it("are a course inquiry's message, and a leadership inquiry's description of the change, then its message", () => {
    expect(clientWords({ ...inquiry, kind: "COURSE" })).toBe("Wir freuen uns auf Ihre Antwort.");
    expect(clientWords({ ...inquiry, kind: "LEADERSHIP" })).toBe(
      "Konflikte früher ansprechen.\n\nWir freuen uns auf Ihre Antwort.",
    );
    expect(clientWords({ kind: "LEADERSHIP", message: " ", desiredChange: null })).toBeNull();
  });
});
