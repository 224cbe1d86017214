// The embedded database's backup: PGlite's own dump of its data folder, restored into an empty
// folder; a truncated file or a folder in use is refused with a clear message, changing nothing.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createEmbeddedBackup, restoreEmbeddedBackup } from "@/lib/backup/embedded";
import { BackupError } from "@/lib/backup/files";
import { EmbeddedDatabaseInUseError } from "@/lib/db/embedded";

let root = "";

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "anliegen-embedded-backup-"));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function inquiryCount(dataDir: string): Promise<number> {
  const db = await PGlite.create(dataDir);
  try {
    return (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM inquiry")).rows[0]!.n;
  } finally {
    await db.close();
  }
}

describe("backup and restore of the embedded database", () => {
  it("restores the folder's rows into an empty folder and refuses what would lose data", async () => {
    const source = path.join(root, "pglite");
    const backups = path.join(root, "backups");
    const seed = await PGlite.create(source);
    await seed.exec(
      "CREATE TABLE inquiry (reference text); INSERT INTO inquiry VALUES ('ANF-2026-0001'), ('ANF-2026-0002')",
    );
    await seed.close();

    // While another process (an app) runs on the folder, the backup says so instead of opening it twice.
    await writeFile(`${source}.lock`, String(process.ppid));
    await expect(createEmbeddedBackup({ dataDir: source, dir: backups, keep: 3 })).rejects.toThrow(
      EmbeddedDatabaseInUseError,
    );
    await rm(`${source}.lock`);

    const { file } = await createEmbeddedBackup({ dataDir: source, dir: backups, keep: 3 });
    expect(path.basename(file)).toMatch(/^anliegen-\d{4}-\d{2}-\d{2}T\d{6}Z\.tar\.gz$/);
    expect(await readdir(backups)).toEqual([path.basename(file)]);

    const truncated = path.join(root, "truncated.tar.gz");
    const bytes = await readFile(file);
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const target = path.join(root, "restored");
    await expect(restoreEmbeddedBackup({ dataDir: target, file: truncated })).rejects.toThrow(
      /damaged or incomplete; nothing was changed/,
    );
    expect(await readdir(root)).not.toContain("restored");

    await restoreEmbeddedBackup({ dataDir: target, file });
    expect(await inquiryCount(target)).toBe(2);
    await expect(restoreEmbeddedBackup({ dataDir: target, file })).rejects.toThrow(BackupError);
  });
});
