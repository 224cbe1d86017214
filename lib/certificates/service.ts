// The after-course step (decision 0027): once the last day of a course is over, the run is
// recorded once, and in the same transaction each participant who attended is mailed the
// certificate (and the feedback link). The job calls it hourly; `now` is a parameter so tests
// and the dev clock can move time.
import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { inTransaction } from "@/lib/db/transaction";

import { notifyCertificates } from "./notify";
import { getRunCertificates, runKeyOf, type RunCertificates, type RunRef } from "./queries";

/** Courses that ended longer ago are history: a first deployment does not mail old participants. */
export const AFTER_COURSE_LOOKBACK_DAYS = 21;

/** What else happens in the run's transaction: the feedback invitations, which return their links. */
export type RunHook = (tx: Tx, run: RunCertificates, runId: string) => Promise<ReadonlyMap<string, string>>;

export type CompleteOptions = { now?: Date; followUpWeeks: number; onRun?: RunHook };

async function heldRunRefs(db: Database, now: Date): Promise<RunRef[]> {
  const ended = await db.courseSession.findMany({
    where: {
      status: { not: "CANCELLED" },
      endsAt: { lte: now, gt: new Date(now.getTime() - AFTER_COURSE_LOOKBACK_DAYS * 86_400_000) },
    },
    select: { id: true, inquiryId: true, courseId: true },
  });
  const refs = new Map<string, RunRef>();
  for (const session of ended) {
    const ref: RunRef = session.inquiryId
      ? { kind: "inquiry", inquiryId: session.inquiryId, courseId: session.courseId }
      : { kind: "session", sessionId: session.id };
    refs.set(runKeyOf(ref), ref);
  }
  if (refs.size === 0) return [];
  const done = await db.courseRun.findMany({ where: { runKey: { in: [...refs.keys()] } }, select: { runKey: true } });
  for (const { runKey } of done) refs.delete(runKey);
  return [...refs.values()];
}

/** Records every course whose last day is over and mails its certificates; returns the runs recorded. */
export async function completeHeldCourses(db: Database, actor: Actor, options: CompleteOptions): Promise<number> {
  const now = options.now ?? new Date();
  let recorded = 0;
  for (const ref of await heldRunRefs(db, now)) {
    try {
      const done = await inTransaction(db, async (tx) => {
        const run = await getRunCertificates(tx, ref);
        // A later day of the same engagement is still ahead: the course is not over yet.
        if (!run || run.lastDayEndsAt > now) return false;
        const row = await tx.courseRun.create({
          data: {
            runKey: run.runKey,
            courseId: run.courseId,
            inquiryId: run.inquiryId,
            title: run.courseTitle,
            lastDayEndsAt: run.lastDayEndsAt,
            followUpDueAt: new Date(run.lastDayEndsAt.getTime() + options.followUpWeeks * 7 * 86_400_000),
          },
        });
        const feedbackUrls = options.onRun ? await options.onRun(tx, run, row.id) : new Map<string, string>();
        const mailed = await notifyCertificates(tx, run, feedbackUrls);
        await recordAudit(tx, actor, {
          action: "course-run.completed",
          entityType: "CourseRun",
          entityId: row.id,
          data: { runKey: run.runKey, certificates: run.participants.length, mailed },
        });
        return true;
      });
      if (done) recorded++;
    } catch (error) {
      // Another worker recorded the same run first: nothing left to do for it.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return recorded;
}
