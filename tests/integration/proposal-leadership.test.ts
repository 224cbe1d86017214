// A design created from a leadership inquiry (Führungskultur, decision 0032) speaks of leadership,
// from the inquiry's own answers: no customer-contact course wording, goals or programme, and the
// client's description of the change stands beside the situation, never sent word for word.
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { systemActor, userActor, visitor } from "@/lib/db/actor";
import { submitLeadershipInquirySchema } from "@/lib/inquiries/schemas";
import { submitLeadershipInquiry } from "@/lib/inquiries/service";
import { designFormValues } from "@/lib/proposals/form-values";
import { designSchema } from "@/lib/proposals/schemas";
import { createDesignFromInquiry, loadDesign, saveDesign, sendProposal } from "@/lib/proposals/service";

import { rejection } from "../setup/app-error";
import { ensureCompleteBusinessProfile } from "../setup/business-profile-fixtures";
import { leadershipFormValues } from "../setup/leadership-fixtures";
import { seededOwnerPerFile } from "../setup/seeded-owner";

const db = () => getDb();
const actor = seededOwnerPerFile();

const desiredChange = "Die Teamleitenden sollen Konflikte früher ansprechen und Entscheide gemeinsam tragen.";

async function leadershipInquiry() {
  return submitLeadershipInquiry(
    db(),
    visitor,
    submitLeadershipInquirySchema.parse(
      leadershipFormValues({ desiredChange, email: `anna.vonallmen.${Date.now()}@steuern.example` }),
    ),
  );
}

describe("designing from a leadership inquiry", () => {
  it("prefills leadership wording from the inquiry's answers and no course content", async () => {
    const inquiry = await leadershipInquiry();
    const { id } = await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id });
    const design = (await loadDesign(db(), id))!;

    expect(design.title).toBe("Führungskultur für Steuerverwaltung des Kantons Bern");
    expect(design.situation).toContain("Führungskultur in Ihrem Team (Steuerverwaltung des Kantons Bern, Veranlagung)");
    expect(design.situation).toContain("Das Team umfasst 24 Personen.");
    expect(design.situation).toContain("Teilnehmen werden: Geschäftsleitung und sechs Teamleitende");
    expect(design.situation).not.toContain(desiredChange);
    const written = [design.title, design.situation, design.method, design.nextSteps].join("\n");
    expect(written).not.toMatch(/Kundenkontakt|Kundenorientierung|Rollenspiel|Kursdaten/);
    // Nothing the client did not ask about: no library goals or modules, no course-day programme.
    expect(design.goals).toEqual([]);
    expect(design.agendaItems).toEqual([]);
    expect(design.days).toBeNull();
    expect(design.participants).toBeNull();
    expect(design.datesWished).toBe("Herbst 2027");
  });

  it("refuses to send the client's description of the change word for word", async () => {
    await ensureCompleteBusinessProfile(db());
    const inquiry = await leadershipInquiry();
    const { id } = await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id });
    const save = async (situation: string) => {
      const values = designFormValues((await loadDesign(db(), id))!);
      values.situation = situation;
      values.days = "1";
      values.goals = [{ goalId: "", title: "Konflikte im Team früh ansprechen", description: "" }];
      values.agenda = [
        { kind: "CUSTOM", moduleId: "", title: "Standortbestimmung", description: "", day: 1, durationMinutes: 90 },
      ];
      await saveDesign(db(), systemActor("test"), designSchema.parse(values));
    };

    await save(`Ausgangslage:\n${desiredChange}`);
    const refused = await rejection(sendProposal(db(), userActor(actor), { designId: id }));
    expect(refused).toMatchObject({ code: "VALIDATION", field: "situation" });

    await save("Ihre Teamleitenden möchten Konflikte früher ansprechen.");
    await expect(sendProposal(db(), userActor(actor), { designId: id })).resolves.toMatchObject({ version: 1 });
  });
});
