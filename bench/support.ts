// What every benchmark needs: a database, the production server, figures printed as tables.
import autocannon, { type Result } from "autocannon";

import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { createSeededDatabase } from "@/tests/setup/app-server";

export const BENCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** The server's port; the admin-list server uses the next one, the bare Next reference BENCH_PORT + 2, Chromium for Lighthouse BENCH_PORT + 3, the cold start BENCH_PORT + 9. */
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3910);

/** A fresh seeded database: on the PostgreSQL server in DATABASE_URL, else an embedded one. */
export async function benchDatabase(
  label: string,
): Promise<{ url: string; drop: () => Promise<unknown>; kind: string }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const database = await createSeededDatabase(serverUrl, `anliegen_bench_${label}`);
    return { ...database, kind: "PostgreSQL server (DATABASE_URL)" };
  }
  const embedded = await startEmbeddedPostgres({ maxConnections: 32 });
  const { migrateDatabase } = await import("@/lib/db/migrate");
  const { createDatabaseClient } = await import("@/lib/db/client");
  const { seedDemoContent } = await import("@/prisma/seed/seed");
  await migrateDatabase(embedded.url);
  const db = createDatabaseClient(embedded.url, { max: 2 });
  await seedDemoContent(db);
  await db.$disconnect();
  return {
    url: embedded.url,
    drop: embedded.stop,
    kind: "embedded PostgreSQL (PGlite); set DATABASE_URL for a real server",
  };
}

export async function load(options: Parameters<typeof autocannon>[0]): Promise<Result> {
  return autocannon({ duration: BENCH_SECONDS, ...options });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "-");

/** Prints rows as an aligned Markdown table, so the output can go into docs/BENCHMARKS.md as is. */
export function table(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  console.log(line(headers));
  console.log(`| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`);
  for (const row of cells.slice(1)) console.log(line(row));
  console.log("");
}

export function heading(title: string): void {
  console.log(`\n### ${title}\n`);
}
