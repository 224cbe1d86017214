// `npm run dev` / `npm start`: picks the database, prepares it, then runs the app's HTTP server
// (scripts/http-server.mjs: Next.js in-process, so it knows each client's socket) as a child.
// Without DATABASE_URL it starts the embedded PostgreSQL in this process (data under .data/),
// applies migrations and seeds the demo content into an empty database.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { createDatabaseClient } from "@/lib/db/client";
import { EmbeddedDatabaseInUseError, type EmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { defaultAppUrl } from "@/lib/env";
import { startupProblems } from "@/lib/startup-checks";
import { isCatalogueEmpty, seedDemoContent } from "@/prisma/seed/seed";

import { describeDatabase, loadEnvFiles, startEmbeddedFromEnv } from "./database";

const mode = process.argv[2] === "start" ? "start" : "dev";
loadEnvFiles(mode === "dev");

async function prepareDatabase(): Promise<{ url: string; embedded: EmbeddedPostgres | null }> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    console.log(`Database: ${describeDatabase(configured)} (from DATABASE_URL)`);
    // In production, migrations are a deliberate deploy step (`npm run db:migrate`).
    if (mode === "dev") await migrate(configured);
    return { url: configured, embedded: null };
  }
  const embedded = await startEmbeddedFromEnv();
  console.log(
    `Database: embedded PostgreSQL (PGlite) on 127.0.0.1:${embedded.port}, data in ${path.relative(process.cwd(), embedded.dataDir ?? "") || embedded.dataDir}`,
  );
  await migrate(embedded.url);
  const db = createDatabaseClient(embedded.url, { max: 2 });
  try {
    if (await isCatalogueEmpty(db)) {
      const { created } = await seedDemoContent(db);
      console.log(`Seeded the demo content (${created} records).`);
    }
  } finally {
    await db.$disconnect();
  }
  return { url: embedded.url, embedded };
}

async function migrate(url: string): Promise<void> {
  const applied = await migrateDatabase(url);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
}

/**
 * Admin sessions need AUTH_SECRET. For local runs (dev, or the embedded database) one is made
 * once and kept in .data/, so nobody has to configure anything; production must set its own.
 */
async function ensureAuthSecret(embedded: boolean): Promise<void> {
  if (process.env.AUTH_SECRET) return;
  if (mode === "start" && !embedded) {
    console.error("AUTH_SECRET is not set. Production needs one: openssl rand -base64 32");
    process.exit(1);
  }
  const file = path.resolve(".data/auth-secret");
  let secret = await readFile(file, "utf8").catch(() => "");
  if (secret.trim().length < 32) {
    secret = randomBytes(32).toString("base64");
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, secret, { mode: 0o600 });
  }
  process.env.AUTH_SECRET = secret.trim();
}

async function main(): Promise<void> {
  let prepared: Awaited<ReturnType<typeof prepareDatabase>>;
  try {
    prepared = await prepareDatabase();
  } catch (error) {
    if (error instanceof EmbeddedDatabaseInUseError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  await ensureAuthSecret(prepared.embedded !== null);
  const problems = startupProblems(process.env, { mode, embedded: prepared.embedded !== null });
  if (problems.length > 0) {
    console.error(`\nThe app cannot start in production like this:\n  - ${problems.join("\n  - ")}\n`);
    await prepared.embedded?.stop();
    process.exit(1);
  }
  // Local runs: links point at this instance's own port (a second checkout on another PORT too).
  if (!process.env.APP_URL) process.env.APP_URL = defaultAppUrl(process.env.PORT);

  // A child of its own, so the embedded database (in this process) and Next do not share one event loop.
  const child = spawn(process.execPath, [path.resolve("scripts/http-server.mjs"), mode], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: mode === "start" ? "production" : "development",
      DATABASE_URL: prepared.url,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });

  let shuttingDown = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  child.on("exit", async (code, signal) => {
    await prepared.embedded?.stop();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

await main();
