// `npm run bench`: every benchmark in one run, on loopback, printed as Markdown tables with the
// ratio to its reference measured in the same run (compare within a run: these machines are noisy).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";

import { createDatabaseClient } from "@/lib/db/client";
import { startAppServer } from "@/tests/setup/app-server";

import { benchAdminList } from "./admin-list";
import { benchBooking } from "./booking";
import { benchColdStart } from "./cold-start";
import { benchInquiry } from "./inquiry";
import { BUDGET_KB, benchPageWeight } from "./page-weight";
import { benchPublicPages } from "./public-pages";
import { BENCH_PORT, benchDatabase, fixed } from "./support";

const PORT = BENCH_PORT;
const only = new Set((process.env.BENCH_ONLY ?? "").split(",").filter(Boolean));
const wanted = (name: string) => only.size === 0 || only.has(name);

process.env.NEXT_TELEMETRY_DISABLED = "1";
console.log(`## Benchmark run ${new Date().toISOString()}\n`);
console.log(
  `Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? "CPU"}, ${fixed(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load generator on the same machine.`,
);

// The public-page reference exists only in a build made with BENCH_REFERENCE=1 (decision 0016).
const hasReference = existsSync(".next/server/app/de/bench-reference/20.html");
if (!existsSync(".next/BUILD_ID") || !hasReference || process.env.BENCH_BUILD === "1") {
  console.log("\nBuilding (BENCH_REFERENCE=1 npm run build) ...");
  const build = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    env: { ...process.env, BENCH_REFERENCE: "1" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const database = await benchDatabase("run");
console.log(`Database: ${database.kind}.`);
const db = createDatabaseClient(database.url, { max: 4 });
let failed = false;
try {
  const server = await startAppServer({ port: PORT, databaseUrl: database.url });
  try {
    if (wanted("pages")) {
      const { ratios } = await benchPublicPages(server);
      if (ratios.some((ratio) => ratio < 0.9)) console.log("Below the 0.9 target: see the ratio column.");
    }
    if (wanted("weight")) {
      const { worstKb } = await benchPageWeight(server);
      if (worstKb > BUDGET_KB) console.log(`Over the ${BUDGET_KB} kB budget.`);
    }
    if (wanted("booking")) failed = !(await benchBooking(server, db)).correct || failed;
    if (wanted("inquiry")) await benchInquiry(server, db);
  } finally {
    await server.stop();
  }
  if (wanted("admin")) await benchAdminList(database.url, db, PORT + 1);
  if (wanted("cold")) await benchColdStart();
} finally {
  await db.$disconnect();
  await database.drop();
}
if (failed) process.exitCode = 1;
