import { describe, expect, it } from "vitest";

import { formatReference, referenceScope, responseDueAt } from "@/lib/inquiries/due";
import { emptyInquiry, submitInquirySchema } from "@/lib/inquiries/schemas";
import { inquirySummaryLines } from "@/lib/inquiries/summary";

describe("first-response due time", () => {
  it("counts Swiss working days at the same Zurich time", () => {
    // Friday 27.11.2026, 16:00 -> Tuesday 01.12.2026, 16:00
    expect(responseDueAt(new Date("2026-11-27T15:00:00Z"), 2, "BE").toISOString()).toBe("2026-12-01T15:00:00.000Z");
    // Saturday 28.11.2026, 10:00 -> Tuesday 01.12.2026, 10:00
    expect(responseDueAt(new Date("2026-11-28T09:00:00Z"), 2, "BE").toISOString()).toBe("2026-12-01T09:00:00.000Z");
    // Wednesday 23.12.2026, 09:00: Christmas and Stephen's Day (Bern) are skipped -> Monday 28.12.2026
    expect(responseDueAt(new Date("2026-12-23T08:00:00Z"), 2, "BE").toISOString()).toBe("2026-12-28T08:00:00.000Z");
    expect(responseDueAt(new Date("2026-11-23T09:30:00Z"), 5, "BE").toISOString()).toBe("2026-11-30T09:30:00.000Z");
  });

  it("falls back to Bern's holidays when the canton is unknown", () => {
    const from = new Date("2026-12-23T08:00:00Z");
    expect(responseDueAt(from, 2, "XX")).toEqual(responseDueAt(from, 2, "BE"));
  });
});

describe("reference numbers", () => {
  it("count per Zurich calendar year and keep growing past four digits", () => {
    expect(referenceScope(new Date("2026-12-31T22:59:59Z"))).toBe("ANF-2026");
    expect(referenceScope(new Date("2026-12-31T23:00:00Z"))).toBe("ANF-2027");
    expect(formatReference("ANF-2026", 7)).toBe("ANF-2026-0007");
    expect(formatReference("ANF-2026", 12345)).toBe("ANF-2026-12345");
  });
});

describe("inquiry summary for the e-mails", () => {
  it("shows German labels and leaves out what the visitor did not answer", () => {
    const input = submitInquirySchema.parse({
      ...emptyInquiry(),
      organisationName: "Kirchgemeinde Köniz",
      organisationKind: "CHURCH_PARISH",
      contactName: "Zoë Müller-Brügger",
      email: "zoe@koeniz.example",
      challenges: ["INVOLUNTARY_CUSTOMERS", "PHONE_STRESS"],
      venue: "ONLINE",
      venueNote: "Teams",
      privacyConsent: true,
    });
    expect(inquirySummaryLines(input, { goals: ["Grenzen setzen"], modules: [], field: "Kirchen" })).toEqual([
      ["Organisation", "Kirchgemeinde Köniz (Kirchgemeinde)"],
      ["Tätigkeitsfeld", "Kirchen"],
      ["Schwierige Situationen", "«Zwangskunden», die nicht freiwillig kommen; Stress am Telefon"],
      ["Gewünschte Ziele", "Grenzen setzen"],
      ["Kursort", "Online: Teams"],
      ["Sprache", "Deutsch"],
    ]);
  });
});
