import { startEmbeddedPostgres } from "@/lib/db/embedded";

/**
 * The schema engine insists on a database connection even for pure schema diffs. Use the
 * configured server when there is one, else a throwaway in-memory embedded database.
 */
export async function withScratchDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  const embedded = await startEmbeddedPostgres();
  try {
    return await run(embedded.url);
  } finally {
    await embedded.stop();
  }
}
