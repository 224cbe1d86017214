import { readFileSync } from "node:fs";
import path from "node:path";

import nextEnv from "@next/env";

import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";

/** Loads .env files the way Next does, so scripts and the app see the same settings. */
export function loadEnvFiles(dev = process.env.NODE_ENV !== "production"): void {
  nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error });
}

/**
 * Local runs without AUTH_SECRET use the one `npm run dev` / `npm start` made in .data/, so a
 * worker started on its own opens the mails the app sealed (lib/mail/sealed-payload.ts).
 */
export function loadLocalAuthSecret(): void {
  if (process.env.AUTH_SECRET || process.env.NODE_ENV === "production") return;
  try {
    const secret = readFileSync(path.resolve(".data/auth-secret"), "utf8").trim();
    if (secret.length >= 32) process.env.AUTH_SECRET = secret;
  } catch {
    // No local secret yet: the development key of lib/security/keys.ts applies.
  }
}

export function embeddedDataDir(): string {
  return path.resolve(process.env.EMBEDDED_DB_DIR || ".data/pglite");
}

export async function startEmbeddedFromEnv(): Promise<EmbeddedPostgres> {
  const port = Number.parseInt(process.env.EMBEDDED_DB_PORT ?? "", 10);
  return startEmbeddedPostgres({
    dataDir: embeddedDataDir(),
    port: Number.isInteger(port) ? port : 0,
  });
}

/** "PostgreSQL at db.example.ch:5432/anliegen", never the password. */
export function describeDatabase(url: string): string {
  const parsed = new URL(url);
  return `PostgreSQL at ${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

/** Runs `use` against DATABASE_URL, or against the embedded database when none is set. */
export async function withConfiguredDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  loadEnvFiles();
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  const embedded = await startEmbeddedFromEnv();
  console.log(`Using the embedded PostgreSQL (PGlite), data in ${embedded.dataDir}`);
  try {
    return await run(embedded.url);
  } finally {
    await embedded.stop();
  }
}
