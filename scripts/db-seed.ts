// `npm run db:seed`: seeds the demo content idempotently (creates what is missing, changes nothing else).
import { createDatabaseClient } from "@/lib/db/client";
import { seedDemoContent } from "@/prisma/seed/seed";

import { describeDatabase, withConfiguredDatabase } from "./database";

await withConfiguredDatabase(async (url) => {
  console.log(`Database: ${describeDatabase(url)}`);
  const db = createDatabaseClient(url, { max: 2 });
  try {
    const { created } = await seedDemoContent(db);
    console.log(created === 0 ? "Demo content already present; nothing created." : `Created ${created} record(s).`);
  } finally {
    await db.$disconnect();
  }
});
