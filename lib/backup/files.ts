// Backup files: a date in the name, written under a temporary name and renamed when complete, and
// only the newest BACKUP_KEEP kept. Shared by the PostgreSQL and the embedded (PGlite) backup.
import { readdir, rm } from "node:fs/promises";
import path from "node:path";

export const BACKUP_PREFIX = "anliegen-";
/** pg_dump's custom format (compressed) and PGlite's gzipped data folder. */
export const BACKUP_EXTENSIONS = [".dump", ".tar.gz"] as const;
export type BackupExtension = (typeof BACKUP_EXTENSIONS)[number];

/** anliegen-2026-12-07T031500Z.dump: sorts by time, readable, safe in every file system. */
export function backupFileName(now: Date, extension: BackupExtension): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
  const readable = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6)}`;
  return `${BACKUP_PREFIX}${readable}${extension}`;
}

export function isBackupFile(name: string): boolean {
  return name.startsWith(BACKUP_PREFIX) && BACKUP_EXTENSIONS.some((extension) => name.endsWith(extension));
}

/** The complete backups in `dir`, oldest first. */
export async function listBackups(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter(isBackupFile).sort();
}

/** Deletes all but the newest `keep` backups; returns the deleted file names. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const backups = await listBackups(dir);
  const doomed = backups.slice(0, Math.max(0, backups.length - keep));
  await Promise.all(doomed.map((name) => rm(path.join(dir, name), { force: true })));
  return doomed;
}

export class BackupError extends Error {
  override name = "BackupError";
}
