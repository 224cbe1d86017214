import "server-only";

import type { Database } from "@/lib/db/client";

/** How many demo dates exist, for the notice in admin and on the dashboard. */
export async function countDemoSessions(db: Database): Promise<number> {
  return db.courseSession.count({ where: { demo: true } });
}
