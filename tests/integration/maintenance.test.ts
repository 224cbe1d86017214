import { parseCronItems } from "graphile-worker";
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { FAILED_JOB_KEEP_DAYS, pruneExpired } from "@/lib/jobs/maintenance";
import { scheduleJob } from "@/lib/jobs/queue";
import { cronItems, DATABASE_BACKUP_TASK, PRUNE_EXPIRED_TASK, scheduledItems } from "@/lib/jobs/tasks";
import { renderOutboxMessage } from "@/lib/mail/render";
import { hitRateLimit } from "@/lib/rate-limit";

import { runJobs, smtpTransport } from "../setup/jobs";

const DAY = 86_400_000;

async function failedJob(key: string, failedAt: Date) {
  const db = getDb();
  await db.$transaction((tx) => scheduleJob(tx, "deliver-mail", { outboxId: key }, { jobKey: key, maxAttempts: 1 }));
  await db.$executeRaw`
    UPDATE graphile_worker._private_jobs SET attempts = 1, last_error = ${`550 <${key}@amt.example>: rejected`},
      updated_at = ${failedAt}, run_at = ${failedAt}::timestamptz + interval '1 day' WHERE key = ${key}`;
}

const jobKeys = async () =>
  (await getDb().$queryRaw<{ key: string }[]>`SELECT key FROM graphile_worker._private_jobs ORDER BY key`).map(
    (row) => row.key,
  );

describe("nightly maintenance", () => {
  it("prunes expired rate-limit windows and jobs that failed for good a while ago", async () => {
    const db = getDb();
    const now = new Date();
    const rule = { limit: 5, windowSeconds: 900 };
    await hitRateLimit(db, "sign-in:account:alt@amt.example", rule, new Date(now.getTime() - 3 * DAY));
    await hitRateLimit(db, "sign-in:account:neu@amt.example", rule, now);
    await failedJob("failed-old", new Date(now.getTime() - (FAILED_JOB_KEEP_DAYS + 1) * DAY));
    await failedJob("failed-new", new Date(now.getTime() - DAY));

    expect(await pruneExpired(db, now)).toEqual({ rateLimitBuckets: 1, failedJobs: 1, sealedMails: 0 });
    expect(await db.rateLimitBucket.count()).toBe(1);
    expect(await jobKeys()).toEqual(["failed-new"]);
  });

  it("seals mails stored in clear before sealing existed, and they still render", async () => {
    const db = getDb();
    const legacy = await db.outboxMessage.create({
      data: {
        idempotencyKey: "legacy",
        template: "message",
        recipient: "alt.klartext@amt.example",
        payload: { subject: "Ihr Link", body: "https://anliegen.example/buchung/geheimer-token" },
      },
    });
    expect((await pruneExpired(db)).sealedMails).toBe(1);
    const stored = await db.$queryRaw<{ payload: string }[]>`
      SELECT payload::text AS payload FROM "OutboxMessage" WHERE id = ${legacy.id}::uuid`;
    expect(stored[0]!.payload).not.toContain("geheimer-token");
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: legacy.id } });
    expect((await renderOutboxMessage(row)).text).toContain("/buchung/geheimer-token");
    expect((await pruneExpired(db)).sealedMails).toBe(0);
  });

  it("runs every night through the worker, and backs up only when BACKUP_SCHEDULE says when", async () => {
    const db = getDb();
    await hitRateLimit(
      db,
      "inquiry:ip:198.51.100.7",
      { limit: 5, windowSeconds: 3600 },
      new Date(Date.now() - 5 * DAY),
    );
    await db.$transaction((tx) => scheduleJob(tx, PRUNE_EXPIRED_TASK, {}));
    await runJobs(smtpTransport("smtp://127.0.0.1:1"));
    expect(await db.rateLimitBucket.count({ where: { windowStart: { lt: new Date(Date.now() - 4 * DAY) } } })).toBe(0);

    expect(cronItems.map((item) => item.task)).toContain(PRUNE_EXPIRED_TASK);
    expect(scheduledItems({}).map((item) => item.task)).not.toContain(DATABASE_BACKUP_TASK);
    const withBackup = scheduledItems({ BACKUP_SCHEDULE: "30 2 * * *" });
    expect(withBackup.find((item) => item.task === DATABASE_BACKUP_TASK)?.match).toBe("30 2 * * *");
    expect(() => parseCronItems(withBackup)).not.toThrow();
  });
});
