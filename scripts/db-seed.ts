// `npm run db:seed`: seeds the content idempotently (creates what is missing, changes nothing else).
// `-- --without-demo` leaves out the demo data (example dates, placeholder business details, demo admin).
import { createDatabaseClient } from "@/lib/db/client";
import { seedContent } from "@/prisma/seed/seed";

import { describeDatabase, withConfiguredDatabase } from "./database";

await withConfiguredDatabase(async (url) => {
  console.log(`Database: ${describeDatabase(url)}`);
  const db = createDatabaseClient(url, { max: 2 });
  try {
    const demo = !process.argv.includes("--without-demo");
    const { created } = await seedContent(db, { demo });
    console.log(created === 0 ? "Demo content already present; nothing created." : `Created ${created} record(s).`);
  } finally {
    await db.$disconnect();
  }
});
