// Once per test run: prepare a migrated template that every integration test file copies.
import { fork } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import type { TestProject } from "vitest/node";

import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";

import { databaseUrl, newRunId, onServer, type DatabaseSetup } from "./test-databases";
import { TEST_WORKERS } from "./test-workers";

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

  // Two snapshots made once: the empty database (starting from one skips PGlite's initdb, seconds
  // each time) for the tests of the migrations, and the migrated one every test file starts from.
  const embedded = await startEmbeddedPostgres();
  const dir = await mkdtemp(path.join(os.tmpdir(), "anliegen-test-"));
  const emptyDumpPath = path.join(dir, "empty.tar.gz");
  const dumpPath = path.join(dir, "migrated.tar.gz");
  try {
    await writeFile(emptyDumpPath, Buffer.from(await (await embedded.dumpDataDir()).arrayBuffer()));
    await migrateDatabase(embedded.url);
    await writeFile(dumpPath, Buffer.from(await (await embedded.dumpDataDir()).arrayBuffer()));
  } finally {
    await embedded.stop();
  }

  // One pooled instance per worker (and one spare), each in its own process, leased per test file.
  const pool = await Promise.all(Array.from({ length: TEST_WORKERS + 1 }, () => forkInstance(dumpPath)));
  const lockDir = path.join(dir, "leases");
  await mkdir(lockDir);
  project.provide("databaseSetup", {
    mode: "embedded",
    dumpPath,
    emptyDumpPath,
    pool: pool.map((instance) => instance.url),
    lockDir,
  });
  return async () => {
    await Promise.all(pool.map((instance) => instance.stop()));
    await rm(dir, { recursive: true, force: true });
  };
}

type Instance = { url: string; stop: () => Promise<void> };

function forkInstance(snapshot: string): Promise<Instance> {
  const child = fork(fileURLToPath(new URL("embedded-instance.ts", import.meta.url)), [snapshot], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`embedded test database exited with ${code} before it started`)));
    child.once("message", (message) =>
      resolve({
        url: (message as { url: string }).url,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
          await exited;
        },
      }),
    );
  });
}
