// Backup and restore of a real PostgreSQL server with its own tools: pg_dump's custom format is
// compressed and taken from one snapshot (consistent while the app writes); pg_restore reads it
// back in one transaction, so a broken file changes nothing.
import { execFile } from "node:child_process";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import pg from "pg";

import { BackupError, backupFileName, pruneBackups } from "./files";

const run = promisify(execFile);

/** The URL without its password (which would show in the process list) and the password apart. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

async function tool(command: "pg_dump" | "pg_restore", args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await run(command, args, { env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === "ENOENT") {
      throw new BackupError(`${command} was not found: install the PostgreSQL client tools (e.g. postgresql-client).`);
    }
    throw new BackupError(`${command} failed: ${(failure.stderr ?? failure.message).trim()}`);
  }
}

/** Reads the whole archive without touching a database: a truncated or damaged file fails here. */
export async function verifyPostgresBackup(file: string): Promise<void> {
  try {
    await tool("pg_restore", ["--file=/dev/null", file], process.env);
  } catch (error) {
    throw new BackupError(
      `The backup ${path.basename(file)} is damaged or incomplete; nothing was changed. ${(error as Error).message}`,
    );
  }
}

export type BackupResult = { file: string; pruned: string[] };

export async function createPostgresBackup(options: {
  url: string;
  dir: string;
  keep: number;
  now?: Date;
}): Promise<BackupResult> {
  await mkdir(options.dir, { recursive: true });
  const file = path.join(path.resolve(options.dir), backupFileName(options.now ?? new Date(), ".dump"));
  const partial = `${file}.partial`;
  const { dbname, env } = connection(options.url);
  try {
    await tool(
      "pg_dump",
      ["--format=custom", "--compress=6", "--no-owner", `--file=${partial}`, `--dbname=${dbname}`],
      env,
    );
    await verifyPostgresBackup(partial);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return { file, pruned: await pruneBackups(options.dir, options.keep) };
}

/** Tables outside PostgreSQL's own schemas: an empty database has none. */
export async function countUserTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`
      SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND s.nspname NOT IN ('pg_catalog', 'information_schema')
         AND s.nspname NOT LIKE 'pg_toast%'`);
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

export const NOT_EMPTY_MESSAGE =
  "The target database is not empty. Restore into an empty database, or add --force to replace what is there.";

export async function restorePostgresBackup(options: { url: string; file: string; force?: boolean }): Promise<void> {
  await verifyPostgresBackup(options.file);
  const empty = (await countUserTables(options.url)) === 0;
  if (!empty && !options.force) throw new BackupError(NOT_EMPTY_MESSAGE);
  const { dbname, env } = connection(options.url);
  await tool(
    "pg_restore",
    [
      "--exit-on-error",
      "--single-transaction",
      "--no-owner",
      "--no-privileges",
      ...(empty ? [] : ["--clean", "--if-exists"]),
      `--dbname=${dbname}`,
      options.file,
    ],
    env,
  );
}
