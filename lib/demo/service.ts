import type { Database } from "@/lib/db/client";

export type DemoRemoval = { removed: number; kept: number };

/**
 * Removes the demo seed's example dates in one step. A demo date that someone booked anyway is
 * kept (deleting it would delete the booking with it): the consultant cancels it like any other
 * date, so the people who booked are told.
 */
export async function removeDemoSessions(db: Database): Promise<DemoRemoval> {
  return db.$transaction(async (tx) => {
    const { count: removed } = await tx.courseSession.deleteMany({ where: { demo: true, bookings: { none: {} } } });
    const kept = await tx.courseSession.count({ where: { demo: true } });
    return { removed, kept };
  });
}

/** How many demo dates exist, for the notice in admin. */
export async function countDemoSessions(db: Database): Promise<number> {
  return db.courseSession.count({ where: { demo: true } });
}
