// The consultant's daily e-mail about inquiries: overdue ones and new ones. The worker calls this
// every hour; it sends from DIGEST_HOUR (Zurich time) on, once per day, and not at all on a day
// with nothing to say. Each day's run is recorded in JobRun, so several instances send one mail.
import { toZurichWallTime, zurichDate } from "@/lib/calendar/zurich-time";
import type { Actor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { absoluteUrl } from "@/lib/links";
import { enqueueMail } from "@/lib/mail/outbox";

import { overdueInquiryWhere } from "./rules";

export const INQUIRY_DIGEST_JOB = "inquiry-digest";
/** 07:00 in Zurich: before the working day starts. */
export const DIGEST_HOUR = 7;
const MAX_LISTED = 50;

export type DigestOutcome = "too-early" | "already-sent" | "nothing-to-say" | "sent";

const select = {
  reference: true,
  organisationName: true,
  contactName: true,
  receivedAt: true,
  responseDueAt: true,
} as const;

export async function sendInquiryDigest(db: Database, _actor: Actor, now = new Date()): Promise<DigestOutcome> {
  if (toZurichWallTime(now).hour < DIGEST_HOUR) return "too-early";
  const day = zurichDate(now);
  return inTransaction(db, async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "JobRun" ("id", "job", "runKey") VALUES (gen_random_uuid(), ${INQUIRY_DIGEST_JOB}, ${day})
      ON CONFLICT ("job", "runKey") DO NOTHING RETURNING "id"`;
    const run = claimed[0];
    if (!run) return "already-sent";
    const [overdue, fresh] = await Promise.all([
      tx.inquiry.findMany({
        where: overdueInquiryWhere(now),
        orderBy: { responseDueAt: "asc" },
        take: MAX_LISTED,
        select,
      }),
      // New and not yet overdue: the overdue ones are listed above already.
      tx.inquiry.findMany({
        where: { status: "NEW", responseDueAt: { gte: now } },
        orderBy: { receivedAt: "asc" },
        take: MAX_LISTED,
        select,
      }),
    ]);
    const outcome: DigestOutcome = overdue.length + fresh.length === 0 ? "nothing-to-say" : "sent";
    if (outcome === "sent") {
      const line = (inquiry: (typeof overdue)[number]) => ({
        ...inquiry,
        receivedAt: inquiry.receivedAt.toISOString(),
        responseDueAt: inquiry.responseDueAt.toISOString(),
        url: absoluteUrl(`/admin/anfragen/${inquiry.reference}`),
      });
      await enqueueMail(tx, {
        template: "inquiry-digest",
        props: {
          date: formatDate(now),
          overdue: overdue.map(line),
          fresh: fresh.map(line),
          listUrl: absoluteUrl("/admin/anfragen?status=offen"),
        },
        to: getEnv().CONSULTANT_EMAIL,
        idempotencyKey: `digest:inquiries:${day}`,
      });
    }
    await tx.jobRun.update({
      where: { id: run.id },
      data: { finishedAt: new Date(), result: { outcome, overdue: overdue.length, fresh: fresh.length } },
    });
    return outcome;
  });
}
