// Before each integration test file: a database of its own, so files can run in parallel
// without seeing each other's rows. The app's getDb() reads DATABASE_URL, set here first.
import { afterAll, inject } from "vitest";

import { createDatabaseClient, type Database } from "@/lib/db/client";

import { createMigratedDatabase } from "./test-databases";

const database = await createMigratedDatabase(inject("databaseSetup"));
process.env.DATABASE_URL = database.url;

const globalForDb = globalThis as unknown as { anliegenDb?: Database };

afterAll(async () => {
  await globalForDb.anliegenDb?.$disconnect();
  globalForDb.anliegenDb = undefined;
  await database.drop();
});

export { createDatabaseClient };
