// Backups that restore: back up a database with an inquiry, a proposal and a booking, drop it,
// restore it, and find every row again; a truncated file is refused before anything changes.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { BackupError } from "@/lib/backup/files";
import { countUserTables, createPostgresBackup, NOT_EMPTY_MESSAGE, restorePostgresBackup } from "@/lib/backup/postgres";
import { confirmBookingByToken } from "@/lib/booking/service";
import { bookSeats, findBookingByToken } from "@/lib/booking/service";
import { getDb } from "@/lib/db";
import { systemActor, userActor } from "@/lib/db/actor";
import { createDatabaseClient } from "@/lib/db/client";
import { createDesignFromInquiry } from "@/lib/proposals/service";
import { sendProposal } from "@/lib/proposals/service";
import { seedDemoContent } from "@/prisma/seed/seed";

import { replaceWithEmptyDatabase } from "../setup/broken-disk";
import { createInquiry } from "../setup/proposal-fixtures";

const NOW = new Date("2026-12-08T09:00:00Z");
const onRealServer = inject("databaseSetup").mode === "server";
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "anliegen-backup-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Rows per table in the app's and the job queue's schema. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
        WHERE schemaname IN ('public', 'graphile_worker') ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      counts[name] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${name}`)).rows[0]!.n;
    }
    return counts;
  } finally {
    await client.end();
  }
}

const script = (name: string, args: string[], env: Record<string, string>) =>
  promisify(execFile)("npx", ["tsx", "--tsconfig", "tsconfig.scripts.json", `scripts/${name}.ts`, ...args], {
    env: { ...process.env, ...env },
  }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe.skipIf(!onRealServer)("backup and restore on PostgreSQL", () => {
  it("restores every row after the database is gone, and the app reads it", async () => {
    const url = process.env.DATABASE_URL!;
    const db = getDb();
    await seedDemoContent(db, NOW);
    const inquiry = await createInquiry(db, { email: "backup@amt.example" });
    const design = await createDesignFromInquiry(db, systemActor("test"), { inquiryId: inquiry.id });
    const owner = await db.user.findFirstOrThrow({ where: { role: "OWNER" } });
    await sendProposal(db, userActor(owner), { designId: design.id, now: NOW });
    const session = await db.courseSession.findFirstOrThrow({ where: { status: "SCHEDULED", startsAt: { gt: NOW } } });
    const placed = await bookSeats(
      db,
      {
        sessionId: session.id,
        salutation: "MS",
        contactName: "Zoë Sicherung",
        email: "backup@amt.example",
        phone: "",
        organisation: "Betreibungsamt Thun",
        billingReference: "",
        participants: [{ name: "Zoë Sicherung", email: "backup@amt.example" }],
      },
      NOW,
    );
    // The booker confirms from the mail (decision 0019): the restored booking is a confirmed one.
    await confirmBookingByToken(db, placed.token, NOW);
    const before = await rowCounts(url);
    expect(before['public."Proposal"']).toBe(1);
    expect(before['public."Booking"']).toBe(1);

    // The command line, as an operator runs it: a dated, compressed file in BACKUP_DIR.
    const made = await script("db-backup", [], { DATABASE_URL: url, BACKUP_DIR: dir, BACKUP_KEEP: "2" });
    expect(made.code).toBe(0);
    const [file] = await readdir(dir);
    expect(file).toMatch(/^anliegen-\d{4}-\d{2}-\d{2}T\d{6}Z\.dump$/);
    const backup = path.join(dir, file!);
    const truncated = path.join(dir, "truncated.dump");
    const bytes = await readFile(backup);
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.7)));

    await replaceWithEmptyDatabase(url);
    expect(await countUserTables(url)).toBe(0);

    // A truncated file: a clear message, and the empty database stays empty.
    const refused = await script("db-restore", [truncated], { DATABASE_URL: url });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/damaged or incomplete; nothing was changed/);
    expect(await countUserTables(url)).toBe(0);

    await restorePostgresBackup({ url, file: backup });
    expect(await rowCounts(url)).toEqual(before);
    const restored = createDatabaseClient(url);
    try {
      const booking = await findBookingByToken(restored, placed.token);
      expect(booking).toMatchObject({ id: placed.bookingId, status: "CONFIRMED" });
      expect(await restored.proposal.count({ where: { inquiryId: inquiry.id, status: "SENT" } })).toBe(1);
    } finally {
      await restored.$disconnect();
    }

    // A database with data: refused unless forced; forced with a truncated file, still unchanged.
    await expect(restorePostgresBackup({ url, file: backup })).rejects.toThrow(NOT_EMPTY_MESSAGE);
    await expect(restorePostgresBackup({ url, file: truncated, force: true })).rejects.toThrow(BackupError);
    expect(await rowCounts(url)).toEqual(before);
    await restorePostgresBackup({ url, file: backup, force: true });
    expect(await rowCounts(url)).toEqual(before);
  });

  it("keeps the newest BACKUP_KEEP backups", async () => {
    const url = process.env.DATABASE_URL!;
    const keepDir = path.join(dir, "keep");
    for (const day of ["2026-12-01", "2026-12-02", "2026-12-03"]) {
      await createPostgresBackup({ url, dir: keepDir, keep: 2, now: new Date(`${day}T02:30:00Z`) });
    }
    expect(await readdir(keepDir)).toEqual(["anliegen-2026-12-02T023000Z.dump", "anliegen-2026-12-03T023000Z.dump"]);
  });
});
