import "server-only";

import type { Database } from "@/lib/db/client";

/** A load balancer gives up after a few seconds; answer before it does. */
const DATABASE_TIMEOUT_MS = 3_000;

/** Mail that should have left this long ago but has not: the worker is behind or stopped. */
const OVERDUE_AFTER_SECONDS = 10 * 60;

export type HealthReport = {
  status: "ok" | "degraded" | "unavailable";
  checkedAt: string;
  database: { ok: boolean; latencyMs?: number };
  mail: {
    /** The worker inside this process; "separate" when it runs as its own process (WORKER_IN_APP=false). */
    worker: "starting" | "running" | "stopped" | "separate";
    queued?: number;
    overdue?: number;
    failed?: number;
  };
};

type WorkerState = "starting" | "running" | "stopped" | undefined;

/**
 * The state a load balancer needs: 503 when this instance cannot serve (no database, or its
 * in-app worker has died), "degraded" with 200 when mail is late. Counts only, no personal data.
 */
export async function checkHealth(db: Database, workerState: WorkerState): Promise<HealthReport> {
  const worker = workerState ?? "separate";
  const started = performance.now();
  try {
    const query = db.$queryRaw<{ queued: bigint; overdue: bigint; failed: bigint }[]>`
      SELECT count(*) FILTER (WHERE status IN ('QUEUED', 'RETRYING')) AS queued,
             count(*) FILTER (WHERE status IN ('QUEUED', 'RETRYING')
                              AND "nextAttemptAt" < now() - make_interval(secs => ${OVERDUE_AFTER_SECONDS})) AS overdue,
             count(*) FILTER (WHERE status = 'FAILED') AS failed
      FROM "OutboxMessage"`;
    const [row] = await Promise.race([
      query,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("database check timed out")), DATABASE_TIMEOUT_MS).unref(),
      ),
    ]);
    const latencyMs = Math.round(performance.now() - started);
    const mail = {
      worker,
      queued: Number(row?.queued ?? 0),
      overdue: Number(row?.overdue ?? 0),
      failed: Number(row?.failed ?? 0),
    } as const;
    const status = worker === "stopped" ? "unavailable" : mail.overdue > 0 ? "degraded" : "ok";
    return { status, checkedAt: new Date().toISOString(), database: { ok: true, latencyMs }, mail };
  } catch {
    return { status: "unavailable", checkedAt: new Date().toISOString(), database: { ok: false }, mail: { worker } };
  }
}
