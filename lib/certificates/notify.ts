// Which mails go out when a course is over: each participant who attended gets the certificate
// (attached at send time) and, when given, the single-use feedback link. Written to the outbox in
// the transaction that records the run, so the mails exist exactly when the run does.
import type { Tx } from "@/lib/db/client";
import { enqueueMail } from "@/lib/mail/outbox";

import type { RunCertificates } from "./queries";
import { attendanceText } from "./rules";

export async function notifyCertificates(
  tx: Tx,
  run: RunCertificates,
  feedbackUrls: ReadonlyMap<string, string> = new Map(),
): Promise<number> {
  let queued = 0;
  for (const participant of run.participants) {
    if (!participant.email) continue;
    await enqueueMail(tx, {
      template: "course-certificate",
      to: participant.email,
      idempotencyKey: `run:${run.runKey}:certificate:${participant.key}`,
      inquiryId: run.inquiryId ?? undefined,
      props: {
        name: participant.name,
        courseTitle: run.courseTitle,
        attendance: attendanceText(participant),
        runKey: run.runKey,
        participantKey: participant.key,
        feedbackUrl: feedbackUrls.get(participant.key),
      },
    });
    queued++;
  }
  return queued;
}
