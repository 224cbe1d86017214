// Runs `prisma generate` without letting the Prisma CLI download a native schema engine.
// `generate` never executes the schema engine; it only checks that the path below exists
// before it would otherwise download one. Pointing it at this very file satisfies that check
// and keeps installs working offline and in air-gapped networks (see docs/decisions/0002).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
let prismaCli;
try {
  prismaCli = require.resolve("prisma/build/index.js");
} catch {
  // `npm ci --omit=dev` in production: the client is generated at build time instead.
  console.log("prisma-generate: prisma CLI not installed, skipping");
  process.exit(0);
}
if (!existsSync("prisma/schema.prisma")) process.exit(0);

const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
