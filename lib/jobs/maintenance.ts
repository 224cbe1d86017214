// The nightly clean-up: what only exists for a while must not stay for good. Rate-limit windows
// are useless once over; a job that failed for good keeps its error (which may quote an address)
// in graphile-worker's table, while the outbox row already records the failure for the admin.
// Mails stored before sealing was introduced are sealed.
import type { Database } from "@/lib/db/client";
import { sealStoredPayloads } from "@/lib/mail/seal-stored";
import { MAX_RATE_LIMIT_WINDOW_SECONDS, pruneRateLimits } from "@/lib/rate-limit";

/** Twice the longest window a limit may have, so no window still counting is removed. */
export const RATE_LIMIT_KEEP_HOURS = (2 * MAX_RATE_LIMIT_WINDOW_SECONDS) / 3600;
export const FAILED_JOB_KEEP_DAYS = 7;

export type PruneCounts = { rateLimitBuckets: number; failedJobs: number; sealedMails: number };

export async function pruneExpired(db: Database, now = new Date()): Promise<PruneCounts> {
  const rateLimitBuckets = await pruneRateLimits(db, new Date(now.getTime() - RATE_LIMIT_KEEP_HOURS * 3_600_000));
  const failedBefore = new Date(now.getTime() - FAILED_JOB_KEEP_DAYS * 86_400_000);
  const failedJobs = await db.$executeRaw`
    DELETE FROM graphile_worker._private_jobs
     WHERE attempts >= max_attempts AND locked_at IS NULL AND updated_at < ${failedBefore}`;
  return { rateLimitBuckets, failedJobs, sealedMails: await sealStoredPayloads(db) };
}
