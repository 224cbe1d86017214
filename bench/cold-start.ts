// Cold start: a fresh clone of this repository (its committed state) to the first page served by
// `npm run dev` with the embedded database: install, then start until GET / answers 200.
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { BENCH_PORT, fixed, heading, table } from "./support";

const PORT = BENCH_PORT + 9;

function timed(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: "ignore", env: { ...process.env, CI: "1" } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd}`);
  return performance.now() - started;
}

export async function benchColdStart(): Promise<void> {
  const reuseModules = process.env.BENCH_COLD_INSTALL !== "1";
  heading(
    `Cold start: fresh clone to the first page from \`npm run dev\` (embedded database${
      reuseModules ? "; node_modules hard-linked from this checkout, BENCH_COLD_INSTALL=1 runs npm ci" : ", with npm ci"
    })`,
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), "anliegen-clone-"));
  try {
    const cloneMs = timed("git", ["clone", "--quiet", "--no-hardlinks", process.cwd(), dir], process.cwd());
    let installMs = 0;
    if (reuseModules) {
      // Hard links, not a symlink: Turbopack refuses a node_modules outside the project root.
      installMs = timed("cp", ["-al", path.join(process.cwd(), "node_modules"), path.join(dir, "node_modules")], dir);
      installMs += timed("node", ["scripts/prisma-generate.mjs"], dir);
    } else {
      installMs = timed("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"], dir);
    }
    const env = { ...process.env, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" };
    delete (env as Record<string, string | undefined>).DATABASE_URL;
    delete (env as Record<string, string | undefined>).NODE_ENV;
    const started = performance.now();
    const child = spawn("npm", ["run", "dev"], { cwd: dir, env, stdio: "ignore", detached: true });
    let firstPageMs = NaN;
    let readyMs = NaN;
    try {
      const deadline = Date.now() + 240_000;
      while (Date.now() < deadline) {
        try {
          const response = await fetch(`http://localhost:${PORT}/`);
          if (Number.isNaN(readyMs)) readyMs = performance.now() - started;
          if (response.status === 200) {
            await response.text();
            firstPageMs = performance.now() - started;
            break;
          }
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 1500));
      if (child.pid) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
    table(
      [
        "git clone",
        reuseModules ? "link node_modules + prisma generate" : "npm ci",
        "server answering",
        "first page (GET / 200)",
        "total",
      ],
      [
        [
          `${fixed(cloneMs / 1000)} s`,
          `${fixed(installMs / 1000)} s`,
          `${fixed(readyMs / 1000)} s`,
          `${fixed(firstPageMs / 1000)} s`,
          `${fixed((cloneMs + installMs + firstPageMs) / 1000)} s`,
        ],
      ],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
