// Runs once when a Next.js server process starts: the background worker lives in the app process
// unless WORKER_IN_APP=false (then run `npm run worker` separately).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load this file too; a build must never start consuming jobs.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.WORKER_IN_APP === "false" || !process.env.DATABASE_URL) return;
  const { startAppWorker } = await import("./lib/jobs/app-worker");
  await startAppWorker();
}
