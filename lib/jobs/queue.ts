// Background jobs run on graphile-worker (docs/decisions/0006). Jobs are added with SQL inside
// the caller's transaction, so a job exists exactly when the change that needs it is committed.
import { Logger, runMigrations } from "graphile-worker";

import type { Tx } from "@/lib/db/client";

export type JobOptions = {
  /** Replaces a pending job with the same key instead of adding a second one. */
  jobKey?: string;
  maxAttempts?: number;
  runAt?: Date;
};

export async function scheduleJob(tx: Tx, task: string, payload: Record<string, unknown>, options: JobOptions = {}) {
  await tx.$executeRaw`
    SELECT graphile_worker.add_job(
      identifier => ${task}::text,
      payload => ${JSON.stringify(payload)}::json,
      run_at => ${options.runAt ?? null}::timestamptz,
      max_attempts => ${options.maxAttempts ?? null}::int,
      job_key => ${options.jobKey ?? null}::text
    )`;
}

/** Creates or updates graphile-worker's own schema (`graphile_worker`); part of every migration run. */
export async function installJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, maxPoolSize: 2, logger: silentLogger() });
}

export function silentLogger(): Logger {
  return new Logger(() => () => {});
}
