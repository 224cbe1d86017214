import os from "node:os";

/**
 * Test files run at once. Vitest's own default is one fewer than the cores, which on the two-core
 * machines this project runs on means one file after another, each mostly waiting on the database.
 * Every integration file has a database of its own, so files may run side by side.
 */
export const TEST_WORKERS = Number(process.env.VITEST_MAX_WORKERS) || Math.max(2, os.availableParallelism() - 1);
