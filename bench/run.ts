// `npm run bench`: every benchmark in one run, on loopback, printed as Markdown tables with the
// ratio to its reference measured in the same run (compare within a run: these machines are noisy).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";

import { createDatabaseClient } from "@/lib/db/client";
import { startAppServer } from "@/tests/setup/app-server";

import { benchAdminList } from "./admin-list";
import { buildBareNextApp } from "./bare-next";
import { benchBooking } from "./booking";
import { benchColdStart } from "./cold-start";
import { benchInquiry } from "./inquiry";
import { benchLighthouse } from "./lighthouse";
import { benchPageWeight } from "./page-weight";
import { benchPublicPages, CEILING_TARGET, publicPageSizes } from "./public-pages";
import { BENCH_PORT, benchDatabase, fixed } from "./support";

const PORT = BENCH_PORT;
const only = new Set((process.env.BENCH_ONLY ?? "").split(",").filter(Boolean));
const wanted = (name: string) => only.size === 0 || only.has(name);

process.env.NEXT_TELEMETRY_DISABLED = "1";
console.log(`## Benchmark run ${new Date().toISOString()}\n`);
console.log(
  `Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? "CPU"}, ${fixed(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load generator on the same machine.`,
);

if (!existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD === "1") {
  console.log("\nBuilding (npm run build) ...");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const database = await benchDatabase("run");
console.log(`Database: ${database.kind}.`);
const db = createDatabaseClient(database.url, { max: 4 });
let failed = false;
try {
  // BENCH_NODE_OPTIONS: extra NODE_OPTIONS for the server, e.g. a preload that profiles it.
  const nodeArgs = process.env.BENCH_NODE_OPTIONS ? [process.env.BENCH_NODE_OPTIONS] : undefined;
  // BENCH_FLOOR: the inquiry's yardstick, a bench-only action that refuses without it (decision 0038).
  const server = await startAppServer({ port: PORT, databaseUrl: database.url, nodeArgs, env: { BENCH_FLOOR: "1" } });
  try {
    if (wanted("pages") || wanted("weight") || wanted("lighthouse")) {
      // The yardsticks (decision 0026): a bare Next app built now, with pages of the same bytes.
      const sizes = await publicPageSizes(server);
      console.log("\nBuilding the bare Next reference app ...");
      const bare = await buildBareNextApp(sizes.map((size) => size.bytes));
      try {
        if (wanted("pages")) {
          const bareServer = await bare.start(PORT + 2);
          try {
            const { ratios } = await benchPublicPages(server, sizes, { url: bareServer.url, pages: bare.pages });
            if (ratios.some((ratio) => ratio < CEILING_TARGET))
              console.log(`Below ${CEILING_TARGET} of the bare page: see the ratio column.`);
          } finally {
            await bareServer.stop();
          }
        }
        if (wanted("weight")) {
          const { overBudget } = await benchPageWeight(server, bare);
          if (overBudget.length > 0) console.log(`Our share over its budget on ${overBudget.join(", ")}.`);
        }
        if (wanted("lighthouse")) {
          // The yardstick is the bare twin of the home page, served beside the app as above.
          const bareServer = await bare.start(PORT + 2);
          try {
            const { met } = await benchLighthouse(
              server.url,
              { url: bareServer.url, path: bare.pages[0]!.path },
              PORT + 3,
            );
            if (!met) console.log("Lighthouse: goal missed on some page (see the goal column).");
          } finally {
            await bareServer.stop();
          }
        }
      } finally {
        await bare.remove();
      }
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
