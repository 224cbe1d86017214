// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter.
// It replaces the native engine binary that `prisma migrate` would download (docs/decisions/0002).
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type SchemaEngine = Awaited<ReturnType<SchemaEngineModule["SchemaEngine"]["new"]>>;
type MigrationList = Parameters<SchemaEngine["applyMigrations"]>[0]["migrationsList"];

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
/** The schema as of the newest migration; the next migration is the diff from it. */
export const SCHEMA_SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, "schema-snapshot.prisma");

const NO_FILTER = { externalTables: [], externalEnums: [] };

let modulePromise: Promise<SchemaEngineModule> | undefined;

/** The glue module's functions: what the WebAssembly module imports from it. */
function functionsOf(glue: object): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = {};
  for (const name of Object.keys(glue)) {
    const value: unknown = Reflect.get(glue, name);
    if (typeof value === "function") imports[name] = value;
  }
  return imports;
}

function loadModule(): Promise<SchemaEngineModule> {
  modulePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as SchemaEngineModule;
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": functionsOf(glue),
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return glue;
  })();
  return modulePromise;
}

type EngineSession = { engine: SchemaEngine; close: () => Promise<void> };

/** Opens the engine on a database (it connects on construction) and knows how to let go of it. */
async function openEngine(connectionString: string, schemaText: string): Promise<EngineSession> {
  const { SchemaEngine } = await loadModule();
  const factory = new PrismaPg({ connectionString, max: 2, connectionTimeoutMillis: 10_000 });
  // The engine never closes the pools it opens; track them so no connection outlives its use
  // (a lingering one blocks, for example, CREATE DATABASE ... TEMPLATE on that database).
  const opened: { dispose: () => Promise<void> }[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await SchemaEngine.new(
    { datamodels: [["schema.prisma", schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((adapter) => adapter.dispose()));
    },
  };
}

async function withEngine<T>(connectionString: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const session = await openEngine(connectionString, await readFile(SCHEMA_PATH, "utf8"));
  try {
    return await run(session.engine);
  } finally {
    await session.close();
  }
}

/** Reads prisma/migrations in the shape the Prisma CLI hands to the engine (names, not paths). */
export async function readMigrationList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const content = await readFile(path.join(dir, name, "migration.sql"), "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: Error) => ({ tag: "error" as const, value: error.message }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies pending migrations and records them in `_prisma_migrations`. Returns their names. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const migrationsList = await readMigrationList();
  return withEngine(connectionString, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return appliedMigrationNames;
  });
}

/**
 * The SQL that turns a database shaped like `fromSchema` (null: an empty database) into one
 * shaped like `toSchema`. Pure schema-to-schema: the database connection is only required by
 * the engine's constructor and is never read.
 */
export async function diffSchemas(
  connectionString: string,
  fromSchema: string | null,
  toSchema: string,
): Promise<string> {
  return withEngine(connectionString, async (engine) => {
    const target = (content: string) => ({
      tag: "schemaDatamodel" as const,
      files: [{ path: "schema.prisma", content }],
    });
    const result = await engine.diff({
      from: fromSchema === null ? { tag: "empty" } : target(fromSchema),
      to: target(toSchema),
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    const sql = result.stdout ?? "";
    return isEmptyMigration(sql) ? "" : sql;
  });
}

/** The engine answers "-- This is an empty migration." when nothing changed. */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
