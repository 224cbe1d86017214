import { beforeAll, describe, expect, it, vi } from "vitest";

import { listOpenSessions } from "@/lib/booking/queries";
import { getDb } from "@/lib/db";
import { seedDemoContent } from "@/prisma/seed/seed";

import { createAdmins } from "../setup/admin-fixtures";
import { cache, signedIn as session } from "../setup/admin-session";
import { createTestSession } from "../setup/booking-fixtures";

vi.mock("@/lib/auth/session", async () => (await import("../setup/admin-session")).sessionModule);
vi.mock("next/cache", async () => (await import("../setup/admin-session")).cacheModule);

const { removeDemoDataAction } = await import("@/lib/demo/admin-actions");
const { getDemoSessionCount } = await import("@/lib/demo/admin-queries");

let owner: string;
let staff: string;

beforeAll(async () => {
  const db = getDb();
  ({ ownerId: owner, staffId: staff } = await createAdmins(db));
  await seedDemoContent(db);
});

describe("demo data", () => {
  it("marks the seed's open dates as demo data, and only those", async () => {
    const db = getDb();
    session.userId = staff;
    expect(await getDemoSessionCount()).toBe(5);
    const course = await db.course.findUniqueOrThrow({ where: { slug: "professionell-telefonieren" } });
    const real = await createTestSession(course.id, 10, new Date(Date.now() + 60 * 86_400_000).toISOString());
    expect(real.demo).toBe(false);
  });

  it("lets only the owner remove them, in one step, keeping a demo date that someone booked", async () => {
    const db = getDb();
    session.userId = staff;
    await expect(removeDemoDataAction()).rejects.toEqual(
      expect.objectContaining({ digest: expect.stringContaining("404") }),
    );
    expect(await db.courseSession.count({ where: { demo: true } })).toBe(5);

    const booked = await db.courseSession.findFirstOrThrow({ where: { demo: true }, orderBy: { startsAt: "asc" } });
    await db.booking.create({
      data: {
        sessionId: booked.id,
        status: "CONFIRMED",
        contactName: "Zoë Müller",
        email: "zoe@amt.example",
        manageTokenHash: "demo-test-hash",
      },
    });

    session.userId = owner;
    cache.tags = [];
    const result = await removeDemoDataAction();
    expect(result).toMatchObject({
      ok: true,
      data: { removed: 4, kept: 1 },
      message: "4 Demotermine entfernt. 1 Demotermin hat Buchungen und bleibt: bitte absagen.",
    });
    expect(cache.tags).toContain("sessions");
    expect((await db.courseSession.findMany({ select: { id: true } })).map((row) => row.id).sort()).toEqual(
      [booked.id, (await db.courseSession.findFirstOrThrow({ where: { demo: false } })).id].sort(),
    );
    expect(await db.booking.count()).toBe(1);
    expect(
      await db.auditLog.findMany({ where: { action: "demo.remove" }, select: { actorId: true, data: true } }),
    ).toEqual([{ actorId: owner, data: { removed: 4, kept: 1 } }]);
    const open = await listOpenSessions({ courseSlug: "schwierige-situationen-gelassen-meistern" });
    expect(open.filter((entry) => entry.id !== booked.id)).toEqual([]);
  });
});
