// `npm run worker`: the background worker as its own process (mail delivery, reminders, digests).
// Run it when the app runs with WORKER_IN_APP=false, or beside the app for more throughput.
import { createDatabaseClient } from "@/lib/db/client";
import { startWorker } from "@/lib/jobs/runner";
import { getMailTransport } from "@/lib/mail/mailer";

import { describeDatabase, loadEnvFiles, loadLocalAuthSecret } from "./database";

loadEnvFiles(process.env.NODE_ENV !== "production");
loadLocalAuthSecret();
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("The worker needs DATABASE_URL: it shares the database of a running app.");
  process.exit(2);
}

console.log(`Worker: ${describeDatabase(url)}`);
const db = createDatabaseClient(url, { max: 4 });
const runner = await startWorker({ connectionString: url, db, transport: getMailTransport() });

const stop = async () => {
  await runner.stop();
  await db.$disconnect();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
await runner.promise;
