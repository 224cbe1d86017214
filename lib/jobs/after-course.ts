// The hourly after-course job (decision 0027): records courses whose last day is over, mails their
// certificates with a single-use feedback link each, and sends the transfer checks that are due.
// `now` is a parameter so tests and the dev clock can move time.
import { completeHeldCourses } from "@/lib/certificates/service";
import { systemActor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { createFeedbackInvitations } from "@/lib/feedback/service";
import { sendDueFollowUps } from "@/lib/follow-up/service";

export type AfterCourseCounts = { runs: number; followUps: number };

export async function runAfterCourse(db: Database, now = new Date()): Promise<AfterCourseCounts> {
  const actor = systemActor("after-course");
  const runs = await completeHeldCourses(db, actor, {
    now,
    followUpWeeks: getEnv().FOLLOW_UP_WEEKS,
    onRun: createFeedbackInvitations,
  });
  const followUps = await sendDueFollowUps(db, actor, now);
  return { runs, followUps };
}
