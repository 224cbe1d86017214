import { installJobQueue } from "@/lib/jobs/queue";

import { applyMigrations } from "./schema-engine";

/** Brings a database fully up to date: the app's migrations, then the job queue's own schema. */
export async function migrateDatabase(connectionString: string): Promise<string[]> {
  const applied = await applyMigrations(connectionString);
  await installJobQueue(connectionString);
  return applied;
}
