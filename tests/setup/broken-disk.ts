// The broken disk of the backup tests: the test file's database is dropped and created again, empty.
import type { Database } from "@/lib/db/client";

import { onServer } from "./test-databases";

export async function replaceWithEmptyDatabase(url: string): Promise<void> {
  const globalForDb = globalThis as unknown as { anliegenDb?: Database };
  await globalForDb.anliegenDb?.$disconnect();
  globalForDb.anliegenDb = undefined;
  const name = new URL(url).pathname.slice(1);
  await onServer(url, async (client) => {
    await client.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}
