// Helpers to drive the background worker deterministically from tests.
import { getDb } from "@/lib/db";
import { runDueJobs } from "@/lib/jobs/runner";
import { createMailTransport, type MailTransport } from "@/lib/mail/transport";

export type PendingJob = {
  id: string;
  task_identifier: string;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  key: string | null;
};

export async function pendingJobs(task?: string): Promise<PendingJob[]> {
  return getDb().$queryRawUnsafe<PendingJob[]>(
    `SELECT id::text, task_identifier, attempts, max_attempts, run_at, key FROM graphile_worker.jobs
      WHERE ($1::text IS NULL OR task_identifier = $1) ORDER BY id`,
    task ?? null,
  );
}

/** Makes every waiting job due now, as if its backoff had passed. */
export async function makeJobsDue(): Promise<void> {
  await getDb().$executeRawUnsafe(
    "UPDATE graphile_worker._private_jobs SET run_at = now() - interval '1 second' WHERE locked_at IS NULL",
  );
}

export async function runJobs(transport: MailTransport): Promise<void> {
  await runDueJobs({ connectionString: process.env.DATABASE_URL ?? "", db: getDb(), transport });
}

export function smtpTransport(url: string): MailTransport {
  return createMailTransport({ smtpUrl: url, mailDir: "unused" });
}

/** A loopback port nothing listens on, to simulate a mail server that is down. */
export { freePort } from "./free-port";
