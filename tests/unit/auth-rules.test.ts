import { describe, expect, it } from "vitest";

import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { canManageUsers, normaliseEmail, safeAdminPath } from "@/lib/auth/rules";

describe("admin roles", () => {
  it("lets only owners manage users", () => {
    expect(canManageUsers({ role: "OWNER" })).toBe(true);
    expect(canManageUsers({ role: "STAFF" })).toBe(false);
  });
});

describe("where sign-in leads", () => {
  it("follows paths inside the admin area", () => {
    expect(safeAdminPath("/admin/anfragen?status=NEW")).toBe("/admin/anfragen?status=NEW");
  });

  it("never leads outside the admin area or back to the sign-in page", () => {
    for (const next of [
      null,
      "",
      "https://evil.example/admin",
      "//evil.example/admin",
      "/kurse",
      "/admin\\..\\x",
      "/admin/anmelden",
    ]) {
      expect(safeAdminPath(next)).toBe("/admin");
    }
  });
});

describe("passwords", () => {
  it("are stored as Argon2id hashes that verify only the right password", async () => {
    const hash = await hashPassword("Kundenorientierung-2026");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain("Kundenorientierung");
    expect(await verifyPassword(hash, "Kundenorientierung-2026")).toBe(true);
    expect(await verifyPassword(hash, "kundenorientierung-2026")).toBe(false);
  });

  it("never verify without a stored hash", async () => {
    expect(await verifyPassword(null, "")).toBe(false);
    expect(await verifyPassword(undefined, "irgendwas")).toBe(false);
    expect(await verifyPassword("kein-hash", "irgendwas")).toBe(false);
  });

  it("normalise e-mail addresses for lookups", () => {
    expect(normaliseEmail("  Markus@Anliegen.Example ")).toBe("markus@anliegen.example");
  });
});
