// Starts the production build for the e2e suite on a fresh database with the demo content and
// the e2e accounts: a new database on the server in DATABASE_URL (CI), else a new embedded one.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { createAdminUser } from "@/lib/auth/users";
import { createDatabaseClient } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { seedDemoContent } from "@/prisma/seed/seed";

import { E2E_DATABASE_URL_FILE, E2E_DIR, E2E_MAIL_DIR } from "./paths";
import { E2E_STAFF } from "./users";
import { databaseUrl, newRunId, onServer } from "../../setup/test-databases";

if (!existsSync(".next/BUILD_ID")) {
  console.error("The e2e suite runs against the production build: run `npm run build` first.");
  process.exit(1);
}

await rm(E2E_DIR, { recursive: true, force: true });
// Next keeps cached data on disk across restarts; this run starts from a new database, so from an
// empty data cache as well.
await rm(".next/cache/fetch-cache", { recursive: true, force: true });
await rm(".next/server/route-cache", { recursive: true, force: true });

async function createServerDatabase(serverUrl: string) {
  // Per port, so e2e runs of two checkouts against one server do not drop each other's database.
  const prefix = `anliegen_e2e_${process.env.PORT ?? "3210"}_`;
  const dropAll = (except?: string) =>
    onServer(serverUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`${prefix}%`],
      );
      for (const { datname } of rows.filter((row) => row.datname !== except)) {
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    });
  await dropAll(); // left behind by runs whose server was killed before it could clean up
  const name = `${prefix}${newRunId()}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return { url: databaseUrl(serverUrl, name), stop: () => dropAll() };
}

const serverUrl = process.env.DATABASE_URL;
const database = serverUrl
  ? await createServerDatabase(serverUrl)
  : await startEmbeddedPostgres({ dataDir: path.join(E2E_DIR, "pglite") });

await migrateDatabase(database.url);
const db = createDatabaseClient(database.url, { max: 2 });
await seedDemoContent(db);
await createAdminUser(db, { ...E2E_STAFF, role: "STAFF" });
await db.$disconnect();
// For tests that change content directly, as an admin edit would (support/database.ts).
await mkdir(E2E_DIR, { recursive: true });
await writeFile(E2E_DATABASE_URL_FILE, database.url);

const child = spawn(
  process.execPath,
  ["node_modules/tsx/dist/cli.mjs", "--tsconfig", "tsconfig.scripts.json", "scripts/serve.ts", "start"],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      DEV_MAILBOX: "true",
      DEV_TOOLS: "true",
      MAIL_DIR: E2E_MAIL_DIR,
      SMTP_URL: "",
      // Chosen on purpose: mails go to the dev mailbox the tests read, to the demo consultant.
      MAIL_TRANSPORT: "file",
      ALLOW_PLACEHOLDER_CONSULTANT: "true",
      AUTH_SECRET: randomBytes(32).toString("base64"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
);

const stop = (signal: NodeJS.Signals) => child.kill(signal);
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
child.on("exit", async (code) => {
  await database.stop();
  process.exit(code ?? 0);
});
