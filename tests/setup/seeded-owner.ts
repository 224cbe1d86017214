// Vitest only (it registers a hook and uses the app's database client): kept apart from
// proposal-fixtures.ts, which the Playwright specs import too.
import { beforeAll } from "vitest";

import { getDb } from "@/lib/db";
import { seedDemoContent } from "@/prisma/seed/seed";

/**
 * Seeds the demo content once for the test file and fills the returned object with its owner,
 * the user the proposal tests act as. Filled in place, so read it inside tests, not at load time.
 */
export function seededOwnerPerFile(): { id: string; name: string | null } {
  const owner = { id: "", name: null as string | null };
  beforeAll(async () => {
    await seedDemoContent(getDb());
    const user = await getDb().user.findFirstOrThrow({ where: { role: "OWNER" } });
    owner.id = user.id;
    owner.name = user.name;
  });
  return owner;
}
