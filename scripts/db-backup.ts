// `npm run db:backup`: a compressed, consistent backup of the configured database in BACKUP_DIR
// (real PostgreSQL: pg_dump's custom format; embedded: PGlite's data folder), keeping BACKUP_KEEP.
import { createEmbeddedBackup } from "@/lib/backup/embedded";
import { BackupError } from "@/lib/backup/files";
import { createPostgresBackup } from "@/lib/backup/postgres";
import { EmbeddedDatabaseInUseError } from "@/lib/db/embedded";
import { parseEnv } from "@/lib/env";

import { describeDatabase, embeddedDataDir, loadEnvFiles } from "./database";

loadEnvFiles();
const env = parseEnv(process.env);
try {
  const result = env.DATABASE_URL
    ? await createPostgresBackup({ url: env.DATABASE_URL, dir: env.BACKUP_DIR, keep: env.BACKUP_KEEP })
    : await createEmbeddedBackup({ dataDir: embeddedDataDir(), dir: env.BACKUP_DIR, keep: env.BACKUP_KEEP });
  const source = env.DATABASE_URL
    ? describeDatabase(env.DATABASE_URL)
    : `the embedded database in ${embeddedDataDir()}`;
  console.log(`Backed up ${source} to ${result.file}`);
  if (result.pruned.length > 0) console.log(`Deleted older backups: ${result.pruned.join(", ")}`);
} catch (error) {
  if (error instanceof BackupError || error instanceof EmbeddedDatabaseInUseError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
