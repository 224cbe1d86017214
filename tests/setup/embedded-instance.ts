// One pooled embedded PostgreSQL of a test run, in a process of its own (forked by
// database-global.ts). PGlite runs on a single thread: inside Vitest's main process every pooled
// instance would share that one thread with Vitest and with each other, so the test files running
// in parallel would still wait for their database one after another.
import { readFile } from "node:fs/promises";

import { startEmbeddedPostgres } from "../../lib/db/embedded";

const [snapshot] = process.argv.slice(2);
const embedded = await startEmbeddedPostgres({
  initialData: snapshot ? new Blob([await readFile(snapshot)]) : undefined,
  maxConnections: 32,
});
process.send?.({ url: embedded.url });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await embedded.stop();
  process.exit(0);
}
// The parent ends the run with SIGTERM; if it dies instead, the IPC channel closes.
process.on("SIGTERM", stop);
process.on("disconnect", stop);
