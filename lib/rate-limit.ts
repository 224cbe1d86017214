// Fixed-window rate limits counted in PostgreSQL, so they hold across app instances.
import { createHmac } from "node:crypto";

import type { Database, Tx } from "@/lib/db/client";
import { currentKey } from "@/lib/security/keys";

export type RateLimitRule = { limit: number; windowSeconds: number };

/** The longest window a rule may have: the nightly maintenance prunes windows older than twice this. */
export const MAX_RATE_LIMIT_WINDOW_SECONDS = 24 * 3600;
export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

function windowStart(now: Date, windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * What is stored for a caller's key: its first segment (the limit's name, for anyone reading the
 * table) and an HMAC of the whole key. Keys hold e-mail and client addresses; a keyed hash still
 * counts each of them apart, but a copy of the table names nobody (decision 0020).
 */
export function storedRateLimitKey(key: string): string {
  const scope = key.split(":", 1)[0] || "limit";
  const digest = createHmac("sha256", currentKey("rate-limit-key").key).update(key).digest("base64url");
  return `${scope}:${digest}`;
}

/**
 * Counts one hit for `key` (e.g. "inquiry:ip:<hash>") and says whether it is within the rule.
 * The increment is one atomic upsert, so concurrent requests are all counted.
 */
export async function hitRateLimit(
  db: Database | Tx,
  key: string,
  rule: RateLimitRule,
  now = new Date(),
): Promise<RateLimitResult> {
  if (rule.windowSeconds > MAX_RATE_LIMIT_WINDOW_SECONDS) {
    throw new Error(`A rate-limit window of ${rule.windowSeconds} s outlives the nightly pruning`);
  }
  const start = windowStart(now, rule.windowSeconds);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${storedRateLimitKey(key)}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((start.getTime() + rule.windowSeconds * 1000 - now.getTime()) / 1000),
  );
  return { allowed: count <= rule.limit, count, retryAfterSeconds };
}

/** Deletes windows that ended before `olderThan`; the nightly maintenance job calls it. */
export async function pruneRateLimits(db: Database, olderThan: Date): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}

/** The count of `key` in the current window, without counting a hit (e.g. failures checked before a try). */
export async function peekRateLimit(
  db: Database | Tx,
  key: string,
  rule: RateLimitRule,
  now = new Date(),
): Promise<RateLimitResult> {
  const start = windowStart(now, rule.windowSeconds);
  const row = await db.rateLimitBucket.findUnique({
    where: { key_windowStart: { key: storedRateLimitKey(key), windowStart: start } },
    select: { count: true },
  });
  const count = row?.count ?? 0;
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((start.getTime() + rule.windowSeconds * 1000 - now.getTime()) / 1000),
  );
  return { allowed: count < rule.limit, count, retryAfterSeconds };
}
