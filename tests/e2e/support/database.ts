import { readFile } from "node:fs/promises";

import pg from "pg";

import { E2E_DATABASE_URL_FILE } from "./paths";

/**
 * Runs SQL against the e2e server's database, for tests that change content behind the app's
 * back (as an admin edit would) and check what the cached pages show.
 */
export async function withE2eDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: (await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
