import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";

import { countDemoSessions } from "./queries";

export async function getDemoSessionCount(): Promise<number> {
  await requireAdmin();
  return countDemoSessions(getDb());
}
