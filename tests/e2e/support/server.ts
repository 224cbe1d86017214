// Starts the production build for the e2e suite on a fresh database with the demo content:
// a new database on the server in DATABASE_URL (CI), else a new embedded one under .data/e2e.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

import { createDatabaseClient } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { seedDemoContent } from "@/prisma/seed/seed";

import { E2E_DIR, E2E_MAIL_DIR } from "./paths";
import { databaseUrl, newRunId, onServer } from "../../setup/test-databases";

if (!existsSync(".next/BUILD_ID")) {
  console.error("The e2e suite runs against the production build: run `npm run build` first.");
  process.exit(1);
}

await rm(E2E_DIR, { recursive: true, force: true });

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DEV_MAILBOX: "true",
  MAIL_DIR: E2E_MAIL_DIR,
  SMTP_URL: "",
  EMBEDDED_DB_DIR: path.join(E2E_DIR, "pglite"),
  NEXT_TELEMETRY_DISABLED: "1",
};

let dropDatabase = async () => {};
// Per port, so e2e runs of two checkouts against one server do not drop each other's database.
const prefix = `anliegen_e2e_${process.env.PORT ?? "3210"}_`;
const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  await onServer(serverUrl, async (client) => {
    // Databases of earlier runs whose server was killed before it could clean up.
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${prefix}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
  const name = `${prefix}${newRunId()}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(serverUrl, name);
  await migrateDatabase(url);
  const db = createDatabaseClient(url, { max: 2 });
  await seedDemoContent(db);
  await db.$disconnect();
  env.DATABASE_URL = url;
  dropDatabase = () =>
    onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {});
}

const child = spawn(
  process.execPath,
  ["node_modules/tsx/dist/cli.mjs", "--tsconfig", "tsconfig.scripts.json", "scripts/serve.ts", "start"],
  { stdio: "inherit", env },
);

const stop = (signal: NodeJS.Signals) => child.kill(signal);
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
child.on("exit", async (code) => {
  await dropDatabase();
  process.exit(code ?? 0);
});
