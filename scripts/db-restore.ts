// `npm run db:restore -- <file> [--force]`: restores a backup of `npm run db:backup` into the
// configured database. Refuses a database that holds tables (an embedded folder that holds data)
// unless --force; a damaged or incomplete file is refused before anything changes.
import { restoreEmbeddedBackup } from "@/lib/backup/embedded";
import { BackupError } from "@/lib/backup/files";
import { restorePostgresBackup } from "@/lib/backup/postgres";
import { EmbeddedDatabaseInUseError } from "@/lib/db/embedded";

import { describeDatabase, embeddedDataDir, loadEnvFiles } from "./database";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("-"));
const force = args.includes("--force");
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file> [--force]");
  process.exit(2);
}

loadEnvFiles();
const url = process.env.DATABASE_URL;
try {
  if (url) {
    if (file.endsWith(".tar.gz"))
      throw new BackupError("This is a backup of the embedded database; unset DATABASE_URL to restore it.");
    await restorePostgresBackup({ url, file, force });
    console.log(
      `Restored ${file} into ${describeDatabase(url)}. Run npm run db:migrate if the app is newer than the backup.`,
    );
  } else {
    if (!file.endsWith(".tar.gz"))
      throw new BackupError("This is a PostgreSQL backup; set DATABASE_URL to the server to restore it into.");
    await restoreEmbeddedBackup({ dataDir: embeddedDataDir(), file, force });
    console.log(`Restored ${file} into the embedded database in ${embeddedDataDir()}.`);
  }
} catch (error) {
  if (error instanceof BackupError || error instanceof EmbeddedDatabaseInUseError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
