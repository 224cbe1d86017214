// Once per test run: prepare a migrated template that every integration test file copies.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";

import { databaseUrl, newRunId, onServer, type DatabaseSetup } from "./test-databases";

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  export interface ProvidedContext {
    databaseSetup: DatabaseSetup;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const runId = newRunId();
    const template = `anliegen_test_${runId}_template`;
    await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
    await migrateDatabase(databaseUrl(serverUrl, template));
    project.provide("databaseSetup", { mode: "server", serverUrl, runId, template });
    return async () => {
      await onServer(serverUrl, async (client) => {
        const { rows } = await client.query<{ datname: string }>(
          "SELECT datname FROM pg_database WHERE datname LIKE $1",
          [`anliegen_test_${runId}_%`],
        );
        for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      });
    };
  }

  const embedded = await startEmbeddedPostgres();
  await migrateDatabase(embedded.url);
  const dir = await mkdtemp(path.join(os.tmpdir(), "anliegen-test-"));
  const dumpPath = path.join(dir, "migrated.tar.gz");
  await writeFile(dumpPath, Buffer.from(await (await embedded.dumpDataDir()).arrayBuffer()));
  await embedded.stop();

  // One pooled instance per possible worker (and one spare), leased per test file.
  const dump = new Blob([await readFile(dumpPath)]);
  const pool = await Promise.all(
    Array.from({ length: os.availableParallelism() + 1 }, () =>
      startEmbeddedPostgres({ initialData: dump, maxConnections: 32 }),
    ),
  );
  const lockDir = path.join(dir, "leases");
  await mkdir(lockDir);
  project.provide("databaseSetup", { mode: "embedded", dumpPath, pool: pool.map((instance) => instance.url), lockDir });
  return async () => {
    await Promise.all(pool.map((instance) => instance.stop()));
    await rm(dir, { recursive: true, force: true });
  };
}
