import path from "node:path";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

import { TEST_WORKERS } from "./tests/setup/test-workers";

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": root,
      // Tests are server code by definition; the bundler guard has nothing to guard here.
      "server-only": path.join(root, "lib/server-only-stub.ts"),
    },
  },
  test: {
    restoreMocks: true,
    maxWorkers: TEST_WORKERS,
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
          // Pure functions without mocks or module state: one module graph for all unit files
          // (13.6 s -> 2.8 s for the project alone). A unit test that needs vi.mock belongs elsewhere.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "components",
          environment: "jsdom",
          include: ["tests/components/**/*.test.tsx"],
          setupFiles: ["tests/setup/jest-dom.ts"],
          // jsdom and user-event are slow on a busy two-core machine; time is not what these tests check.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/database-global.ts"],
          setupFiles: ["tests/setup/database-file.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Production servers against PostgreSQL: needs `npm run build`; `npm run test:system`.
        extends: true,
        test: {
          name: "system",
          environment: "node",
          include: ["tests/system/**/*.test.ts"],
          globalSetup: ["tests/setup/database-global.ts"],
          setupFiles: ["tests/setup/database-file.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
