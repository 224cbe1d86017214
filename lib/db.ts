import "server-only";

import { createDatabaseClient, type Database } from "@/lib/db/client";

// One client per process, kept on globalThis so that hot reloading in development reuses it.
declare global {
  var anliegenDb: Database | undefined;
}
const globalForDb = globalThis;

function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide the embedded database.",
    );
  }
  return url;
}

/** The app's one Prisma client, created on first use and kept across hot reloads in development. */
export function getDb(): Database {
  globalForDb.anliegenDb ??= createDatabaseClient(connectionString());
  return globalForDb.anliegenDb;
}
