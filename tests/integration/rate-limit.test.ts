import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { hitRateLimit, pruneRateLimits } from "@/lib/rate-limit";

const rule = { limit: 3, windowSeconds: 60 };
const now = new Date("2026-11-27T10:00:30Z");

describe("rate limits", () => {
  it("allows up to the limit within a window, then refuses with the time to wait", async () => {
    const db = getDb();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(db, "test:a", rule, now));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false]);
    expect(results[3]).toMatchObject({ count: 4, retryAfterSeconds: 30 });
  });

  it("starts afresh in the next window and counts keys separately", async () => {
    const db = getDb();
    expect((await hitRateLimit(db, "test:a", rule, new Date("2026-11-27T10:01:00Z"))).allowed).toBe(true);
    expect((await hitRateLimit(db, "test:b", rule, now)).count).toBe(1);
  });

  it("counts every one of many concurrent hits", async () => {
    const db = getDb();
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(db, "test:burst", rule, now)));
    expect(results.filter((result) => result.allowed)).toHaveLength(3);
    expect(Math.max(...results.map((result) => result.count))).toBe(20);
  });

  it("stores a keyed hash of the key, never the address in it", async () => {
    const db = getDb();
    const key = "sign-in:account:zoe.hash@amt.example";
    await hitRateLimit(db, key, rule, now);
    expect((await hitRateLimit(db, key, rule, now)).count).toBe(2);
    const stored = await db.rateLimitBucket.findMany({ where: { key: { startsWith: "sign-in:" } } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.key).not.toContain("zoe.hash");
    expect(stored[0]!.key).toMatch(/^sign-in:[A-Za-z0-9_-]{43}$/);
  });

  it("prunes old windows", async () => {
    const db = getDb();
    expect(await pruneRateLimits(db, new Date("2026-11-27T10:00:59Z"))).toBeGreaterThan(0);
    expect(await db.rateLimitBucket.count({ where: { windowStart: { lt: new Date("2026-11-27T10:00:59Z") } } })).toBe(
      0,
    );
  });
});
