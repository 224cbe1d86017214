import { readdir, readFile } from "node:fs/promises";

import { afterAll, describe, expect, inject, it } from "vitest";

import {
  applyMigrations,
  diffSchemas,
  MIGRATIONS_DIR,
  SCHEMA_PATH,
  SCHEMA_SNAPSHOT_PATH,
} from "@/lib/db/schema-engine";

import { describeCatalog, executeSql } from "../setup/catalog";
import { createEmptyDatabase, type TestDatabase } from "../setup/test-databases";

const setup = inject("databaseSetup");
const created: TestDatabase[] = [];

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createEmptyDatabase(setup);
  created.push(database);
  return database;
}

afterAll(async () => {
  await Promise.all(created.map((database) => database.drop()));
});

describe("migrations", () => {
  it("bring an empty database exactly to schema.prisma, plus the hand-written guards", async () => {
    const [migrated, pushed] = await Promise.all([emptyDatabase(), emptyDatabase()]);
    const schema = await readFile(SCHEMA_PATH, "utf8");

    const applied = await applyMigrations(migrated.url);
    const directories = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(applied).toEqual(directories);

    // The snapshot the next migration is diffed from must match the schema: nothing pending.
    const snapshot = await readFile(SCHEMA_SNAPSHOT_PATH, "utf8");
    expect(await diffSchemas(migrated.url, snapshot, schema)).toBe("");

    // What the schema alone produces, compared with what the migrations produced.
    await executeSql(pushed.url, await diffSchemas(pushed.url, null, schema));
    const fromMigrations = await describeCatalog(migrated.url);
    const fromSchema = await describeCatalog(pushed.url);

    const migratedLines = new Set(fromMigrations.map((entry) => entry.line));
    const missing = fromSchema.filter((entry) => !migratedLines.has(entry.line));
    expect(missing).toEqual([]);

    const schemaLines = new Set(fromSchema.map((entry) => entry.line));
    const extras = fromMigrations.filter((entry) => !schemaLines.has(entry.line));
    expect(extras.length).toBeGreaterThan(0);
    expect(extras.filter((entry) => !entry.name.endsWith("_guard"))).toEqual([]);
  });

  it("change nothing when applied a second time", async () => {
    const database = await emptyDatabase();
    await applyMigrations(database.url);
    const before = await describeCatalog(database.url);

    expect(await applyMigrations(database.url)).toEqual([]);
    expect(await describeCatalog(database.url)).toEqual(before);
  });
});
