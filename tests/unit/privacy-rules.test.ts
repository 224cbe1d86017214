import { describe, expect, it } from "vitest";

import { anonymisedEmail, mentionsAny, normaliseAddress, retentionCutoff } from "@/lib/privacy/rules";
import { personDeletionSchema } from "@/lib/privacy/schemas";

describe("privacy rules", () => {
  it("counts retention in calendar months back from now", () => {
    expect(retentionCutoff(new Date("2027-06-15T08:00:00Z"), 24).toISOString()).toBe("2025-06-15T08:00:00.000Z");
    expect(retentionCutoff(new Date("2027-03-01T00:00:00Z"), 12).toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("gives each anonymised row its own undeliverable address", () => {
    expect(anonymisedEmail("a1")).toBe("anonym-a1@anliegen.invalid");
    expect(anonymisedEmail("a1")).not.toBe(anonymisedEmail("a2"));
  });

  it("compares addresses without case and surrounding spaces", () => {
    expect(normaliseAddress("  Zoe.Muster@Amt.EXAMPLE ")).toBe("zoe.muster@amt.example");
  });

  it("finds an address or reference in free text as a whole token only, whatever its case", () => {
    const needles = ["zoe_x@amt.example", "ANF-2026-0001"];
    expect(mentionsAny('{"to":"Zoe_X@Amt.Example"}', needles)).toBe(true);
    expect(mentionsAny("550 <zoe_x@amt.example>: Recipient address rejected", needles)).toBe(true);
    expect(mentionsAny("Schreiben Sie an zoe_x@amt.example.", needles)).toBe(true);
    expect(mentionsAny("/admin/anfragen/ANF-2026-0001", needles)).toBe(true);
    expect(mentionsAny("xzoe_x@amt.example", needles)).toBe(false);
    expect(mentionsAny("zoe_x@amt.example.org", needles)).toBe(false);
    expect(mentionsAny("zoeyx@amt.example ANF-2026-00012", needles)).toBe(false);
    expect(mentionsAny("anything", [])).toBe(false);
  });

  it("erases only after the owner types LÖSCHEN", () => {
    expect(personDeletionSchema.safeParse({ email: "a@b.ch", confirmation: "LÖSCHEN" }).success).toBe(true);
    const wrong = personDeletionSchema.safeParse({ email: "a@b.ch", confirmation: "löschen" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toBe("Bitte tippen Sie LÖSCHEN zur Bestätigung.");
  });
});
