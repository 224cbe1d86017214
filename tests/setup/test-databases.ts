// Fresh databases for tests: on the server in DATABASE_URL (each run in its own databases, dropped
// afterwards), or in embedded in-memory PostgreSQL instances when no server is configured.
import { randomBytes } from "node:crypto";
import { open, readFile, rm } from "node:fs/promises";
import path from "node:path";

import pg from "pg";

import { startEmbeddedPostgres } from "@/lib/db/embedded";

export type TestDatabase = { url: string; drop: () => Promise<void> };

export type DatabaseSetup =
  | { mode: "server"; serverUrl: string; runId: string; template: string }
  | { mode: "embedded"; dumpPath: string; emptyDumpPath: string; pool: string[]; lockDir: string };

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export function newRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

async function createOnServer(serverUrl: string, name: string, template?: string): Promise<TestDatabase> {
  await onServer(serverUrl, (client) =>
    client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`),
  );
  return {
    url: databaseUrl(serverUrl, name),
    drop: () =>
      onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

async function createEmbedded(initialData?: Blob): Promise<TestDatabase> {
  const embedded = await startEmbeddedPostgres({ initialData, maxConnections: 16 });
  return { url: embedded.url, drop: embedded.stop };
}

/** Empties every table but the migration records, so a pooled database is as good as new. */
const RESET_SQL = `
DO $$
DECLARE tables text;
BEGIN
  SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') INTO tables
    FROM pg_tables
   WHERE schemaname IN ('public', 'graphile_worker')
     AND tablename NOT IN ('_prisma_migrations', 'migrations');
  IF tables IS NOT NULL THEN
    EXECUTE 'TRUNCATE ' || tables || ' RESTART IDENTITY CASCADE';
  END IF;
END $$;`;

export async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(RESET_SQL);
  } finally {
    await client.end();
  }
}

/**
 * Embedded: starting a PGlite instance costs seconds, so the run keeps a few migrated instances
 * (started by the global setup) and each test file leases a free one and empties it. A lease is a
 * lock file created exclusively, so parallel workers never share an instance.
 */
async function leaseEmbedded(pool: string[], lockDir: string): Promise<TestDatabase | null> {
  for (const [index, url] of pool.entries()) {
    const lock = path.join(lockDir, `lease-${index}`);
    try {
      await (await open(lock, "wx")).close();
    } catch {
      continue;
    }
    await resetDatabase(url);
    return { url, drop: () => rm(lock, { force: true }) };
  }
  return null;
}

/** A database with every migration applied and nothing else. */
export async function createMigratedDatabase(setup: DatabaseSetup): Promise<TestDatabase> {
  if (setup.mode === "server") {
    return createOnServer(
      setup.serverUrl,
      `anliegen_test_${setup.runId}_${randomBytes(4).toString("hex")}`,
      setup.template,
    );
  }
  return (await leaseEmbedded(setup.pool, setup.lockDir)) ?? createEmbedded(new Blob([await readFile(setup.dumpPath)]));
}

/** A database with no tables at all, for tests of the migrations themselves. */
export async function createEmptyDatabase(setup: DatabaseSetup): Promise<TestDatabase> {
  if (setup.mode === "server") {
    return createOnServer(setup.serverUrl, `anliegen_test_${setup.runId}_${randomBytes(4).toString("hex")}`);
  }
  return createEmbedded(new Blob([await readFile(setup.emptyDumpPath)]));
}
