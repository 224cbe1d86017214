import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { MIN_PASSWORD_LENGTH as SCHEMA_MIN } from "@/lib/auth/admin-schemas";
import { MIN_PASSWORD_LENGTH, verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";

import { createAdmins } from "../setup/admin-fixtures";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => session.userId }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { createAdminUserAction, updateAdminUserAction } = await import("@/lib/auth/admin-actions");
const { listAdminUsers } = await import("@/lib/auth/admin-queries");

let ownerId: string;
let staffId: string;

beforeAll(async () => {
  ({ ownerId, staffId } = await createAdmins(getDb()));
});

beforeEach(() => {
  session.userId = ownerId;
});

describe("user management", () => {
  it("asks the same password length in the form as the account rules", () => {
    expect(SCHEMA_MIN).toBe(MIN_PASSWORD_LENGTH);
  });

  it("lets the owner add accounts, with or without a password, and refuses a taken address", async () => {
    expect(
      await createAdminUserAction({ email: "Neu@Anliegen.Example", name: "Nora Neu", role: "STAFF", password: "" }),
    ).toMatchObject({ ok: true });
    expect(
      await createAdminUserAction({
        email: "mit@anliegen.example",
        name: "Mit Passwort",
        role: "OWNER",
        password: "ein-langes-passwort",
      }),
    ).toMatchObject({ ok: true });
    const users = await listAdminUsers();
    expect(users.find((user) => user.email === "neu@anliegen.example")).toMatchObject({
      role: "STAFF",
      hasPassword: false,
    });
    expect(users.every((user) => !("passwordHash" in user))).toBe(true);
    const stored = await getDb().user.findUniqueOrThrow({ where: { email: "mit@anliegen.example" } });
    expect(await verifyPassword(stored.passwordHash, "ein-langes-passwort")).toBe(true);

    expect(
      await createAdminUserAction({ email: "neu@anliegen.example", name: "Doppelt", role: "STAFF", password: "kurz" }),
    ).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringContaining("mindestens 12 Zeichen")] } });
    expect(
      await createAdminUserAction({ email: "neu@anliegen.example", name: "Doppelt", role: "STAFF", password: "" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Für diese E-Mail-Adresse gibt es schon ein Konto."] },
    });
  });

  it("changes roles and deactivates, but always keeps an active owner", async () => {
    const db = getDb();
    const other = await db.user.findUniqueOrThrow({ where: { email: "mit@anliegen.example" } });
    expect(await updateAdminUserAction({ id: staffId, active: false })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: staffId } })).toMatchObject({ active: false });
    expect(await updateAdminUserAction({ id: other.id, role: "STAFF" })).toMatchObject({ ok: true });
    // Now the signed-in owner is the only one left.
    expect(await updateAdminUserAction({ id: ownerId, role: "STAFF" })).toMatchObject({
      ok: false,
      message: "Es braucht mindestens ein aktives Inhaber-Konto.",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: ownerId } })).toMatchObject({ role: "OWNER" });
    expect(await db.auditLog.count({ where: { action: "user.update", actorId: ownerId } })).toBe(2);
  });

  it("is closed to staff (not found) and to anonymous visitors (sign-in)", async () => {
    await getDb().user.update({ where: { id: staffId }, data: { active: true } });
    session.userId = staffId;
    await expect(createAdminUserAction({})).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    await expect(listAdminUsers()).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    session.userId = null;
    await expect(updateAdminUserAction({})).rejects.toMatchObject({
      digest: expect.stringContaining("/admin/anmelden"),
    });
  });
});
