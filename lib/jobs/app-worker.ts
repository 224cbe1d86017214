import { getDb } from "@/lib/db";
import { getMailTransport } from "@/lib/mail/mailer";

import { startWorker } from "./runner";

const globalForWorker = globalThis as unknown as { anliegenWorker?: Promise<unknown> };

/** Starts the in-app worker once per process, even if Next calls register() again. */
export async function startAppWorker(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  globalForWorker.anliegenWorker ??= startWorker({ connectionString: url, db: getDb(), transport: getMailTransport() });
  await globalForWorker.anliegenWorker;
}
