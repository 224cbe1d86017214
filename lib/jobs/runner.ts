// Starts the background worker: inside the app process by default (instrumentation.ts), or as its
// own process with `npm run worker`. Several instances may run; graphile-worker hands each job to one.
import { randomBytes } from "node:crypto";

import { parseCronItems, run, runOnce, type Runner } from "graphile-worker";

import type { Database } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import type { MailTransport } from "@/lib/mail/transport";

import { silentLogger } from "./queue";
import { buildTaskList, scheduledItems } from "./tasks";

export type WorkerOptions = {
  connectionString: string;
  db: Database;
  transport: MailTransport;
  concurrency?: number;
  /** How often to look for due jobs besides the LISTEN/NOTIFY wake-ups, in ms. */
  pollInterval?: number;
  quiet?: boolean;
};

// Named prepared statements are off: the embedded database is one PostgreSQL backend shared by
// every socket connection, so two connections preparing the same name would collide.

export function newWorkerId(): string {
  return `worker-${process.pid}-${randomBytes(3).toString("hex")}`;
}

export async function startWorker(options: WorkerOptions): Promise<Runner> {
  const workerId = newWorkerId();
  return run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 2,
    maxPoolSize: 4,
    pollInterval: options.pollInterval ?? 2000,
    noHandleSignals: true,
    noPreparedStatements: true,
    taskList: buildTaskList({
      db: options.db,
      transport: options.transport,
      workerId,
      connectionString: options.connectionString,
    }),
    parsedCronItems: parseCronItems(scheduledItems(getEnv())),
    logger: options.quiet ? silentLogger() : undefined,
  });
}

/** Runs every job that is due now, then returns: for tests and one-off maintenance. */
export async function runDueJobs(options: Omit<WorkerOptions, "concurrency" | "pollInterval">): Promise<void> {
  await runOnce({
    connectionString: options.connectionString,
    noPreparedStatements: true,
    taskList: buildTaskList({
      db: options.db,
      transport: options.transport,
      workerId: newWorkerId(),
      connectionString: options.connectionString,
    }),
    logger: silentLogger(),
  });
}
