import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";

export type DemoRemoval = { removed: number; kept: number };

/**
 * Removes the demo seed's example dates in one step. A demo date that someone booked anyway is
 * kept (deleting it would delete the booking with it): the consultant cancels it like any other
 * date, so the people who booked are told.
 */
export async function removeDemoSessions(db: Database, actor: Actor): Promise<DemoRemoval> {
  return inTransaction(db, async (tx) => {
    const { count: removed } = await tx.courseSession.deleteMany({ where: { demo: true, bookings: { none: {} } } });
    const kept = await tx.courseSession.count({ where: { demo: true } });
    await recordAudit(tx, actor, { action: "demo.remove", entityType: "CourseSession", data: { removed, kept } });
    return { removed, kept };
  });
}
