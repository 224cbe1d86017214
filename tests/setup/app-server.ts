// Production servers (`npm start`: scripts/serve.ts, which runs the app's own HTTP server) on
// loopback against a real PostgreSQL, for benchmarks, fault tests and the two-instance test. Each instance can get its own copy of the build, so
// its file-system cache is its own, as on a second machine.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { createDatabaseClient } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { seedDemoContent } from "@/prisma/seed/seed";

import { databaseUrl, newRunId, onServer } from "./test-databases";

const ROOT = process.cwd();

export type AppServer = {
  url: string;
  port: number;
  child: ChildProcess;
  /** Signals the whole server (the launcher and the HTTP server it runs), e.g. SIGKILL for a crash. */
  kill: (signal: NodeJS.Signals) => void;
  /** Everything the server wrote to stdout and stderr. */
  output: () => string;
  stop: () => Promise<void>;
};

export function requireBuild(): void {
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    throw new Error("This needs the production build: run `npm run build` first.");
  }
}

/** A new database on the server in `serverUrl`, migrated and seeded with the demo content. */
export async function createSeededDatabase(serverUrl: string, prefix: string) {
  const name = `${prefix}_${newRunId()}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(serverUrl, name);
  await migrateDatabase(url);
  const db = createDatabaseClient(url, { max: 2 });
  try {
    await seedDemoContent(db);
  } finally {
    await db.$disconnect();
  }
  return {
    url,
    drop: () => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

/**
 * A directory that looks like the project to `next start` but has its own copy of `.next`
 * (without the caches), so two instances share code but not their page cache.
 */
async function separateCopy(label: string): Promise<string> {
  const dir = path.join(os.tmpdir(), `anliegen-${label}-${newRunId()}`);
  await mkdir(dir, { recursive: true });
  for (const entry of [
    "node_modules",
    "public",
    "package.json",
    "next.config.ts",
    "lib",
    "prisma",
    "scripts",
    "tsconfig.json",
    "tsconfig.scripts.json",
  ]) {
    if (existsSync(path.join(ROOT, entry))) await symlink(path.join(ROOT, entry), path.join(dir, entry));
  }
  // Neither the data cache (.next/cache) nor rendered pages (.next/server/route-cache) of earlier
  // runs: they may hold another database's content.
  const cached = /[\\/](cache|route-cache)([\\/]|$)/;
  await cp(path.join(ROOT, ".next"), path.join(dir, ".next"), {
    recursive: true,
    filter: (source) => !cached.test(path.relative(ROOT, source)),
  });
  return dir;
}

export type StartOptions = {
  port: number;
  databaseUrl: string;
  /** Run from a private copy of the build (own page cache), as a second machine would. */
  separateBuild?: string;
  env?: Record<string, string>;
  /** Extra options for node itself (e.g. --cpu-prof), passed on through NODE_OPTIONS. */
  nodeArgs?: string[];
};

export const SHARED_AUTH_SECRET = randomBytes(32).toString("base64");

export async function startAppServer(options: StartOptions): Promise<AppServer> {
  requireBuild();
  const cwd = options.separateBuild ? await separateCopy(options.separateBuild) : ROOT;
  let output = "";
  // `npm start` without npm: the launcher picks the database and runs scripts/http-server.mjs.
  // Its own process group, so a kill reaches the HTTP server too, as it would under a supervisor.
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      "--tsconfig",
      "tsconfig.scripts.json",
      "scripts/serve.ts",
      "start",
    ],
    {
      cwd,
      detached: true,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        ...(options.nodeArgs ? { NODE_OPTIONS: options.nodeArgs.join(" ") } : {}),
        PORT: String(options.port),
        LISTEN_ADDRESS: "127.0.0.1",
        DATABASE_URL: options.databaseUrl,
        APP_URL: `http://127.0.0.1:${options.port}`,
        AUTH_SECRET: SHARED_AUTH_SECRET,
        // The tests play the proxy in front: the X-Forwarded-For they send is what it added.
        TRUSTED_PROXIES: "127.0.0.1",
        SMTP_URL: "",
        // Tests choose the file mailbox on purpose unless they bring an SMTP sink; the consultant is a demo one.
        MAIL_TRANSPORT: options.env?.SMTP_URL ? "smtp" : "file",
        ALLOW_PLACEHOLDER_CONSULTANT: "true",
        DEV_MAILBOX: "false",
        DEV_TOOLS: "true",
        MAIL_DIR: path.join(os.tmpdir(), `anliegen-mail-${options.port}`),
        LOG_LEVEL: "warn",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  const url = `http://127.0.0.1:${options.port}`;
  const server: AppServer = {
    url,
    port: options.port,
    child,
    kill,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      }
      // Whatever of the group is left (the HTTP server outlives a launcher killed hard).
      kill("SIGKILL");
      if (options.separateBuild) await rm(cwd, { recursive: true, force: true });
    },
  };
  await waitUntilServing(server);
  return server;
}

async function waitUntilServing(server: AppServer, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`The server exited:\n${server.output()}`);
    try {
      const response = await fetch(`${server.url}/api/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not become healthy in time:\n${server.output()}`);
}

type ManifestEntry = { exportedName?: string; filename?: string };

/** The id Next gave a server action in this build (from the server reference manifest). */
export async function actionId(exportedName: string, filename: string): Promise<string> {
  const manifest = JSON.parse(
    await readFile(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && entry.filename === filename,
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${filename}`);
  return found[0];
}

export type ActionCall = { status: number; result: unknown; ms: number; cookies: string[] };

/**
 * Calls a server action as the browser does: a POST to the page with the action's id, the
 * arguments as JSON, the answer in React's flight format (its "1:" line is the action result).
 */
export async function callAction(
  server: AppServer,
  pagePath: string,
  id: string,
  args: unknown[],
  options: { clientAddress?: string; cookie?: string; headers?: Record<string, string> } = {},
): Promise<ActionCall> {
  const started = performance.now();
  const response = await fetch(`${server.url}${pagePath}`, {
    method: "POST",
    headers: {
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "next-action": id,
      origin: server.url,
      ...(options.clientAddress ? { "x-forwarded-for": options.clientAddress } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    body: JSON.stringify(args),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const line = text.split("\n").find((row) => row.startsWith("1:"));
  let result: unknown = null;
  try {
    result = line ? JSON.parse(line.slice(2)) : null;
  } catch {
    result = null;
  }
  return { status: response.status, result, ms, cookies: response.headers.getSetCookie() };
}

/**
 * Signs an admin in with the password form's action and returns the session cookie, which is
 * valid on every instance that shares AUTH_SECRET.
 */
export async function signInAdmin(server: AppServer, email: string, password: string): Promise<string> {
  const id = await actionId("signInWithPassword", "lib/auth/actions.ts");
  const call = await callAction(server, "/admin/anmelden", id, [{ email, password, next: "/admin" }]);
  const session = call.cookies
    .map((cookie) => cookie.split(";")[0]!)
    .find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`No session cookie after sign-in: ${JSON.stringify(call.result)}`);
  return session;
}

/** A distinct client address per call, so per-address rate limits do not end a load test early. */
export function clientAddress(index: number): string {
  return `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
}
