// Backup and restore of the embedded database (PGlite): its own gzipped tarball of the data folder
// (dumpDataDir). The folder is locked while an app runs on it, so both refuse then with a clear
// message; a restore builds the new folder beside the old one and swaps them only when it opened.
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";

import { PGlite } from "@electric-sql/pglite";

import { acquireLock, startEmbeddedPostgres } from "@/lib/db/embedded";

import { BackupError, backupFileName, pruneBackups } from "./files";
import type { BackupResult } from "./postgres";

export async function createEmbeddedBackup(options: {
  dataDir: string;
  dir: string;
  keep: number;
  now?: Date;
}): Promise<BackupResult> {
  const embedded = await startEmbeddedPostgres({ dataDir: options.dataDir });
  const file = path.join(path.resolve(options.dir), backupFileName(options.now ?? new Date(), ".tar.gz"));
  try {
    await mkdir(options.dir, { recursive: true });
    const data = Buffer.from(await (await embedded.dumpDataDir()).arrayBuffer());
    await writeFile(`${file}.partial`, data);
    await rename(`${file}.partial`, file);
  } finally {
    await rm(`${file}.partial`, { force: true });
    await embedded.stop();
  }
  return { file, pruned: await pruneBackups(options.dir, options.keep) };
}

async function isEmptyFolder(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch(() => null);
  return entries === null || entries.length === 0;
}

export async function restoreEmbeddedBackup(options: { dataDir: string; file: string; force?: boolean }) {
  const dataDir = path.resolve(options.dataDir);
  const archive = await readFile(options.file);
  try {
    // The gzip trailer holds a checksum of everything: a truncated or damaged file fails here.
    gunzipSync(archive);
  } catch (error) {
    throw new BackupError(
      `The backup ${path.basename(options.file)} is damaged or incomplete; nothing was changed. (${(error as Error).message})`,
    );
  }
  if (!options.force && !(await isEmptyFolder(dataDir))) {
    throw new BackupError(
      `The embedded database in ${dataDir} is not empty. Restore into an empty folder, or add --force to replace it (the old folder is kept beside it).`,
    );
  }
  await mkdir(path.dirname(dataDir), { recursive: true });
  const release = await acquireLock(dataDir);
  const staging = `${dataDir}.restoring`;
  try {
    await rm(staging, { recursive: true, force: true });
    const db = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([archive]) });
    await db.query("SELECT 1");
    await db.close();
    if (!(await isEmptyFolder(dataDir))) {
      await rename(dataDir, `${dataDir}.before-restore-${Date.now()}`);
    } else {
      await rm(dataDir, { recursive: true, force: true });
    }
    await rename(staging, dataDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await release();
  }
}
