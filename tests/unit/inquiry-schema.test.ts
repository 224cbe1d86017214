import { describe, expect, it } from "vitest";

import { formatCount } from "@/lib/format";
import {
  emptyInquiry,
  emptyLeadershipInquiry,
  isAcceptedPhone,
  submitInquirySchema,
  submitLeadershipInquirySchema,
} from "@/lib/inquiries/schemas";
import type { SubmitInquiryFormValues } from "@/lib/inquiries/schemas";

function valid(overrides: Partial<SubmitInquiryFormValues> = {}): SubmitInquiryFormValues {
  return {
    ...emptyInquiry(),
    organisationName: "Einwohnerdienste Biel/Bienne",
    organisationKind: "MUNICIPAL_OFFICE",
    contactName: "Zoë Müller-Brügger",
    email: "zoe.mueller@biel-bienne.ch",
    privacyConsent: true,
    ...overrides,
  };
}

/** The first German message at each field of a rejected input. */
function errorsOf(input: unknown): Record<string, string> {
  const result = submitInquirySchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]).reverse());
}

describe("inquiry schema", () => {
  it("accepts a minimal inquiry with Unicode names and trims what people type", () => {
    const parsed = submitInquirySchema.parse(
      valid({ contactName: "  Zoë Müller-Brügger ", organisationName: "Église réformée de Fribourg" }),
    );
    expect(parsed.contactName).toBe("Zoë Müller-Brügger");
    expect(parsed.organisationName).toBe("Église réformée de Fribourg");
    expect(parsed.language).toBe("DE");
    expect(parsed.challenges).toEqual([]);
  });

  it("accepts a complete inquiry and parses its own output again (client and server use one schema)", () => {
    const input = valid({
      department: "Sozialdienst",
      phone: "079/123 45 67",
      fieldSlug: "sozialdienste",
      participants: "14",
      challenges: ["ANGRY_CUSTOMERS", "ANGRY_CUSTOMERS", "ENDING_CONVERSATIONS"],
      challengesOther: "Drohungen am Telefon",
      courseSlug: "schwierige-gespraeche",
      goalSlugs: ["grenzen-setzen"],
      moduleSlugs: ["deeskalation"],
      format: "TWO_DAYS",
      preferredPeriod: "Herbst 2027",
      venue: "EXTERNAL",
      venueNote: "Seminarhotel",
      language: "FR",
      message: "Merci!",
    });
    const once = submitInquirySchema.parse(input);
    expect(once.challenges).toEqual(["ANGRY_CUSTOMERS", "ENDING_CONVERSATIONS"]);
    expect(submitInquirySchema.parse(once)).toEqual(once);
  });

  it("names each missing or invalid field in German", () => {
    expect(
      errorsOf({
        ...emptyInquiry(),
        organisationKind: "",
        email: "zoe@",
        phone: "12",
        participants: "null",
        format: "WEEK",
        language: "RM",
      }),
    ).toEqual({
      organisationName: "Bitte geben Sie den Namen Ihrer Organisation an.",
      organisationKind: "Bitte wählen Sie die Art Ihrer Organisation.",
      contactName: "Bitte geben Sie Ihren Vornamen und Namen an.",
      email: "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@gemeinde.ch.",
      phone: "Bitte geben Sie eine gültige Telefonnummer an, z. B. 031 123 45 67 oder +41 31 123 45 67.",
      participants: "Bitte geben Sie eine Zahl zwischen 1 und 500 an.",
      format: "Bitte wählen Sie ein Format aus der Liste.",
      language: "Bitte wählen Sie eine Kurssprache.",
      privacyConsent: "Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben.",
    });
    expect(errorsOf(valid({ email: "" }))).toEqual({ email: "Bitte geben Sie Ihre E-Mail-Adresse an." });
    expect(errorsOf(valid({ participants: "0" }))).toHaveProperty("participants");
    expect(errorsOf(valid({ participants: "501" }))).toHaveProperty("participants");
    expect(errorsOf(valid({ challenges: ["BORED" as never] }))).toEqual({
      "challenges.0": "Bitte wählen Sie aus der Liste.",
    });
    expect(errorsOf(valid({ courseSlug: "<script>" }))).toEqual({ courseSlug: "Bitte wählen Sie aus der Liste." });
  });

  it("refuses over-long input at every free-text field", () => {
    const limits: [keyof SubmitInquiryFormValues, number][] = [
      ["organisationName", 200],
      ["department", 200],
      ["contactName", 120],
      ["challengesOther", 1000],
      ["preferredPeriod", 200],
      ["venueNote", 300],
      ["message", 4000],
    ];
    for (const [field, max] of limits) {
      expect(submitInquirySchema.safeParse(valid({ [field]: "ä".repeat(max) })).success).toBe(true);
      expect(errorsOf(valid({ [field]: "ä".repeat(max + 1) }))[field]).toMatch(`höchstens ${formatCount(max)} Zeichen`);
    }
    expect(errorsOf(valid({ email: `${"a".repeat(250)}@x.ch` })).email).toBe("Diese E-Mail-Adresse ist zu lang.");
    expect(errorsOf(valid({ goalSlugs: Array.from({ length: 41 }, (_, index) => `ziel-${index}`) })).goalSlugs).toBe(
      "Bitte wählen Sie höchstens 40 Einträge.",
    );
  });

  it("accepts Swiss phone numbers as people write them, and international ones with a plus", () => {
    for (const phone of [
      "031 123 45 67",
      "0311234567",
      "079/123 45 67",
      "031-123-45-67",
      "+41 31 123 45 67",
      "+41 (0)31 123 45 67",
      "0041 79 123 45 67",
      "+49 30 1234567",
    ]) {
      expect(isAcceptedPhone(phone), phone).toBe(true);
    }
    for (const phone of ["12345", "031 123 45", "telefon", "+41 31 123 45 67 89 0", "0031"]) {
      expect(isAcceptedPhone(phone), phone).toBe(false);
    }
  });
});

describe("leadership inquiry schema", () => {
  const leadership = {
    ...emptyLeadershipInquiry(),
    organisationName: "Steuerverwaltung des Kantons Bern",
    organisationKind: "CANTONAL_OFFICE" as const,
    contactName: "Anna von Allmen",
    email: "anna.vonallmen@be.ch",
    privacyConsent: true,
  };

  it("asks its own questions: what should change and who takes part are required, the team size a number", () => {
    const refused = submitLeadershipInquirySchema.safeParse(leadership);
    expect(refused.success).toBe(false);
    const paths = refused.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["desiredChange", "attendees"]));

    const parsed = submitLeadershipInquirySchema.parse({
      ...leadership,
      teamSize: " 24 ",
      desiredChange: "Die Teamleitenden sollen Konflikte früher ansprechen.",
      attendees: "Geschäftsleitung und sechs Teamleitende",
    });
    expect(parsed.teamSize).toBe("24");
    // The course form's questions are not part of it.
    expect(parsed).not.toHaveProperty("challenges");
    expect(parsed).not.toHaveProperty("courseSlug");

    const badCount = submitLeadershipInquirySchema.safeParse({ ...leadership, teamSize: "viele" });
    expect(badCount.error!.issues.find((issue) => issue.path[0] === "teamSize")?.message).toBe(
      "Bitte geben Sie eine Zahl zwischen 1 und 500 an.",
    );
  });
});
