// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database)
// and records them in `_prisma_migrations`, exactly as `prisma migrate deploy` would.
import { migrateDatabase } from "@/lib/db/migrate";

import { describeDatabase, withConfiguredDatabase } from "./database";

await withConfiguredDatabase(async (url) => {
  console.log(`Database: ${describeDatabase(url)}`);
  const applied = await migrateDatabase(url);
  console.log(
    applied.length === 0
      ? "No pending migrations."
      : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  - ${name}`).join("\n")}`,
  );
});
