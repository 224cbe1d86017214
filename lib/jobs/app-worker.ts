import { getDb } from "@/lib/db";
import { errorFields, getLogger } from "@/lib/log";
import { getMailTransport } from "@/lib/mail/mailer";

import { startWorker } from "./runner";

export type InAppWorkerState = "starting" | "running" | "stopped";

declare global {
  var anliegenWorker: Promise<unknown> | undefined;
  var anliegenWorkerState: InAppWorkerState | undefined;
}
const globalForWorker = globalThis;

/** The in-process worker's state for /api/health; undefined when this process runs none. */
export function inAppWorkerState(): InAppWorkerState | undefined {
  return globalForWorker.anliegenWorkerState;
}

/** Starts the in-app worker once per process, even if Next calls register() again. */
export async function startAppWorker(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  globalForWorker.anliegenWorker ??= (async () => {
    globalForWorker.anliegenWorkerState = "starting";
    const runner = await startWorker({ connectionString: url, db: getDb(), transport: getMailTransport() });
    globalForWorker.anliegenWorkerState = "running";
    getLogger().info({ event: "worker-started" }, "background worker running in the app process");
    runner.promise.then(
      () => (globalForWorker.anliegenWorkerState = "stopped"),
      (error: unknown) => {
        globalForWorker.anliegenWorkerState = "stopped";
        getLogger().error({ event: "worker-stopped", ...errorFields(error) }, "background worker stopped");
      },
    );
    return runner;
  })().catch((error: unknown) => {
    globalForWorker.anliegenWorkerState = "stopped";
    throw error;
  });
  await globalForWorker.anliegenWorker;
}
