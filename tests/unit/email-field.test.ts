import { describe, expect, it } from "vitest";

import { createUserSchema } from "@/lib/auth/admin-schemas";
import { signInWithPasswordSchema } from "@/lib/auth/schemas";
import { emailField } from "@/lib/email-field";

const firstMessage = (value: unknown, missing?: string) => {
  const result = emailField(missing).safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

describe("the e-mail address field", () => {
  it("trims what was typed and keeps a valid address", () => {
    expect(emailField().parse("  zoe.mueller@verwaltung.example ")).toBe("zoe.mueller@verwaltung.example");
  });

  it("asks for a missing address, in the wording the form chose", () => {
    expect(firstMessage("   ")).toBe("Bitte geben Sie Ihre E-Mail-Adresse an.");
    expect(firstMessage("", "Bitte geben Sie die E-Mail-Adresse an.")).toBe("Bitte geben Sie die E-Mail-Adresse an.");
  });

  it("refuses an address longer than 254 characters and one that is not an address", () => {
    expect(firstMessage(`${"a".repeat(250)}@x.ch`)).toBe("Diese E-Mail-Adresse ist zu lang.");
    expect(firstMessage("zoe.verwaltung.example")).toBe("Bitte geben Sie eine gültige E-Mail-Adresse an.");
  });

  it("is the field of the sign-in and the user forms", () => {
    const signIn = signInWithPasswordSchema.safeParse({ email: "", password: "x" });
    expect(signIn.error?.issues[0]).toMatchObject({
      path: ["email"],
      message: "Bitte geben Sie Ihre E-Mail-Adresse an.",
    });
    const user = createUserSchema.safeParse({ email: "", name: "Sandra", role: "STAFF", password: "" });
    expect(user.error?.issues[0]).toMatchObject({ path: ["email"], message: "Bitte geben Sie die E-Mail-Adresse an." });
  });
});
