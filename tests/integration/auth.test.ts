import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { createAuthAdapter } from "@/lib/auth/adapter";
import { createAdminUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => session.userId }));

const { getViewer, requireAdmin, requireOwner } = await import("@/lib/auth/guards");

let ownerId: string;
let staffId: string;

beforeAll(async () => {
  const db = getDb();
  ownerId = (await createAdminUser(db, { email: "Markus@Anliegen.Example", role: "OWNER", name: "Markus" })).user.id;
  staffId = (await createAdminUser(db, { email: "sandra@anliegen.example", role: "STAFF", password: "lang-genug-123" }))
    .user.id;
});

beforeEach(() => {
  session.userId = null;
});

describe("admin accounts", () => {
  it("are created once, with a normalised address and a hashed password", async () => {
    const db = getDb();
    const again = await createAdminUser(db, { email: "markus@anliegen.example", role: "STAFF" });
    expect(again).toMatchObject({ created: false, user: { id: ownerId, role: "OWNER" } });
    const staff = await db.user.findUniqueOrThrow({ where: { id: staffId } });
    expect(staff.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(
      createAdminUser(db, { email: "kurz@anliegen.example", role: "STAFF", password: "kurz" }),
    ).rejects.toThrow(/at least 12/);
    expect(await db.user.count({ where: { email: "kurz@anliegen.example" } })).toBe(0);
  });
});

describe("the Auth.js adapter", () => {
  const adapter = createAuthAdapter(getDb);

  it("finds active accounts only, and never registers new ones", async () => {
    expect(await adapter.getUserByEmail?.("markus@anliegen.example")).toMatchObject({ id: ownerId });
    await getDb().user.update({ where: { id: staffId }, data: { active: false } });
    expect(await adapter.getUserByEmail?.("sandra@anliegen.example")).toBeNull();
    await getDb().user.update({ where: { id: staffId }, data: { active: true } });
    await expect(adapter.createUser?.({ id: "x", email: "neu@amt.example", emailVerified: null })).rejects.toThrow(
      /admin:create/,
    );
  });

  it("lets a sign-in link token be used once", async () => {
    const token = {
      identifier: "markus@anliegen.example",
      token: "hashed-token",
      expires: new Date(Date.now() + 60_000),
    };
    await adapter.createVerificationToken?.(token);
    expect(await adapter.useVerificationToken?.({ identifier: token.identifier, token: token.token })).toMatchObject({
      token: "hashed-token",
    });
    expect(await adapter.useVerificationToken?.({ identifier: token.identifier, token: token.token })).toBeNull();
  });
});

describe("guards", () => {
  it("see no viewer without a session, or for a deactivated account", async () => {
    expect(await getViewer()).toBeNull();
    session.userId = staffId;
    expect(await getViewer()).toMatchObject({ id: staffId, role: "STAFF" });
    await getDb().user.update({ where: { id: staffId }, data: { active: false } });
    expect(await getViewer()).toBeNull();
    await getDb().user.update({ where: { id: staffId }, data: { active: true } });
  });

  it("send anonymous visitors to the sign-in page", async () => {
    await expect(requireAdmin()).rejects.toMatchObject({ digest: expect.stringContaining("/admin/anmelden") });
  });

  it("hide owner-only areas from staff and open them to owners", async () => {
    session.userId = staffId;
    await expect(requireOwner()).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_HTTP_ERROR_FALLBACK;404"),
    });
    session.userId = ownerId;
    await expect(requireOwner()).resolves.toMatchObject({ id: ownerId, role: "OWNER" });
  });
});
