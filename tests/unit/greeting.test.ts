import { describe, expect, it } from "vitest";

import { familyName, greeting } from "@/lib/greeting";
import { salutationSchema } from "@/lib/salutation-schema";

describe("the formal greeting of every mail", () => {
  it("greets with the salutation and the family name", () => {
    expect(greeting("Zoë Müller", "MS")).toBe("Guten Tag Frau Müller");
    expect(greeting("Jürg Keller", "MR")).toBe("Guten Tag Herr Keller");
  });

  it("greets with the full name when no salutation was chosen, never with Grüezi", () => {
    expect(greeting("Zoë Müller", "NEUTRAL")).toBe("Guten Tag Zoë Müller");
    // Mails queued before the salutation existed carry none.
    expect(greeting("Zoë Müller", undefined)).toBe("Guten Tag Zoë Müller");
    expect(greeting("  Zoë   Müller ", null)).toBe("Guten Tag Zoë Müller");
  });

  it("says only Guten Tag without a name", () => {
    expect(greeting("", "MS")).toBe("Guten Tag");
    expect(greeting(null, "MR")).toBe("Guten Tag");
    expect(greeting("   ", undefined)).toBe("Guten Tag");
  });

  it("keeps hyphenated family names and the particles that belong to them", () => {
    expect(greeting("Zoë Müller-Brügger", "MS")).toBe("Guten Tag Frau Müller-Brügger");
    expect(greeting("Anna von Allmen", "MS")).toBe("Guten Tag Frau von Allmen");
    expect(greeting("Pierre de la Harpe", "MR")).toBe("Guten Tag Herr de la Harpe");
    expect(greeting("Hans Peter Zbinden", "MR")).toBe("Guten Tag Herr Zbinden");
  });

  it("finds the family name", () => {
    expect(familyName("Müller")).toBe("Müller");
    expect(familyName("Zoë Müller-Brügger")).toBe("Müller-Brügger");
    // A particle is never the whole name: "Anna Von" keeps "Von" as the family name.
    expect(familyName("Anna Von")).toBe("Von");
    expect(familyName("Luca Di Stefano")).toBe("Di Stefano");
  });

  it("takes a missing or empty salutation as none, and refuses one outside the list", () => {
    expect(salutationSchema.parse(undefined)).toBe("NEUTRAL");
    // A plain form post without a choice sends "".
    expect(salutationSchema.parse("")).toBe("NEUTRAL");
    expect(salutationSchema.parse("MS")).toBe("MS");
    const refused = salutationSchema.safeParse("DIVERS");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe("Bitte wählen Sie eine Anrede aus der Liste.");
  });
});
