import { defineConfig } from "prisma/config";

// The Prisma CLI is used only for `generate`. Migrations run through Prisma's schema engine
// compiled to WebAssembly (scripts/db-migrate.ts), so no native engine is ever downloaded.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
