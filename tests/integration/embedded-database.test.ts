import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { EmbeddedDatabaseInUseError, startEmbeddedPostgres } from "@/lib/db/embedded";

import { freePort } from "../setup/free-port";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "anliegen-embedded-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across restarts", async () => {
    const dataDir = path.join(root, "persist");
    const first = await startEmbeddedPostgres({ dataDir });
    await query(first.url, "CREATE TABLE note (text TEXT); INSERT INTO note VALUES ('Grüezi')");
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(second.url, "SELECT text FROM note")).toEqual([{ text: "Grüezi" }]);
    } finally {
      await second.stop();
    }
  });

  it("refuses a second start on a folder in use, and leaves the running one intact", async () => {
    const dataDir = path.join(root, "locked");
    const running = await startEmbeddedPostgres({ dataDir });
    try {
      // A live process that is not this one holds the lock: the parent of this test process.
      await writeFile(`${dataDir}.lock`, String(process.ppid));
      const second = startEmbeddedPostgres({ dataDir });
      await expect(second).rejects.toBeInstanceOf(EmbeddedDatabaseInUseError);
      await expect(second).rejects.toThrow(/already in use by process/);
      expect(await query(running.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    } finally {
      await running.stop();
    }
  });

  it("takes over a lock left behind by a process that no longer runs", async () => {
    const dataDir = path.join(root, "stale");
    await writeFile(`${dataDir}.lock`, "999999999");
    const embedded = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(embedded.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    } finally {
      await embedded.stop();
    }
  });

  it("listens on the requested loopback port", async () => {
    // A free port found by the operating system; a whole database started only to learn one cost a
    // PGlite initdb (seconds) and checked nothing more.
    const port = await freePort();
    const embedded = await startEmbeddedPostgres({ port });
    try {
      expect(embedded.port).toBe(port);
      expect(embedded.url).toContain(`127.0.0.1:${port}`);
    } finally {
      await embedded.stop();
    }
  });

  it("keeps each connection's parameterised queries apart when many run at once", async () => {
    const embedded = await startEmbeddedPostgres();
    const pool = new pg.Pool({ connectionString: embedded.url, max: 8 });
    try {
      // Two statement shapes with different parameter counts: had one connection's Bind met the
      // other's Parse, the query would fail or return the other's values.
      const results = await Promise.all(
        Array.from({ length: 240 }, async (_, index) => {
          const { rows } =
            index % 2 === 0
              ? await pool.query("SELECT $1::int AS n, $2::text AS tag", [index, `zwei-${index}`])
              : await pool.query("SELECT $1::int AS n, $2::text AS tag, $3::int AS extra", [index, `drei-${index}`, 3]);
          return { index, row: rows[0] as { n: number; tag: string } };
        }),
      );
      for (const { index, row } of results) {
        expect(row).toMatchObject({ n: index, tag: `${index % 2 === 0 ? "zwei" : "drei"}-${index}` });
      }
      // Transactions on other connections still see only their own work.
      await pool.query("CREATE TABLE tally (n int)");
      await Promise.all(
        Array.from({ length: 20 }, async (_, index) => {
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            await client.query("INSERT INTO tally VALUES ($1)", [index]);
            await client.query(index % 2 === 0 ? "COMMIT" : "ROLLBACK");
          } finally {
            client.release();
          }
        }),
      );
      const { rows } = await pool.query("SELECT count(*)::int AS count FROM tally");
      expect(rows[0]).toEqual({ count: 10 });
    } finally {
      await pool.end();
      await embedded.stop();
    }
  });
});
