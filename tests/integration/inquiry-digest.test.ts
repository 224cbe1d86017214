import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { systemActor } from "@/lib/db/actor";
import { INQUIRY_DIGEST_JOB, sendInquiryDigest } from "@/lib/inquiries/service";
import { cronItems } from "@/lib/jobs/tasks";

import { createInquiry } from "../setup/admin-fixtures";
import { runJobs, smtpTransport } from "../setup/jobs";
import { startSmtpSink } from "../setup/smtp-sink";

const HOUR = 60 * 60 * 1000;
// Zurich wall-clock times in winter (UTC+1).
const MONDAY_0630 = new Date("2026-11-23T05:30:00Z");
const MONDAY_0700 = new Date("2026-11-23T06:00:00Z");
const TUESDAY_0800 = new Date("2026-11-24T07:00:00Z");
const WEDNESDAY_0900 = new Date("2026-11-25T08:00:00Z");

describe("the daily inquiry digest", () => {
  it("is scheduled by the worker", () => {
    expect(cronItems.map((item) => item.task)).toContain(INQUIRY_DIGEST_JOB);
  });

  it("is skipped on a day with nothing to say, and recorded as such", async () => {
    const db = getDb();
    expect(await sendInquiryDigest(db, systemActor("inquiry-digest"), MONDAY_0630)).toBe("too-early");
    expect(await sendInquiryDigest(db, systemActor("inquiry-digest"), MONDAY_0700)).toBe("nothing-to-say");
    expect(await db.outboxMessage.count()).toBe(0);
    expect(
      await db.jobRun.findUniqueOrThrow({ where: { job_runKey: { job: INQUIRY_DIGEST_JOB, runKey: "2026-11-23" } } }),
    ).toMatchObject({ result: { outcome: "nothing-to-say" }, finishedAt: expect.any(Date) });
  });

  it("lists overdue and new inquiries once a day, sent through the outbox", async () => {
    const db = getDb();
    const overdue = await createInquiry(db, {
      organisationName: "Betreibungsamt Thun",
      receivedAt: new Date(TUESDAY_0800.getTime() - 72 * HOUR),
      status: "IN_CLARIFICATION",
    });
    const fresh = await createInquiry(db, {
      organisationName: "Kirchgemeinde Muri",
      receivedAt: new Date(TUESDAY_0800.getTime() - 2 * HOUR),
    });
    // Answered in time, or finished: not in the digest.
    await createInquiry(db, {
      organisationName: "Beantwortet AG",
      receivedAt: new Date(TUESDAY_0800.getTime() - 72 * HOUR),
      firstResponseAt: new Date(TUESDAY_0800.getTime() - 70 * HOUR),
      status: "IN_CLARIFICATION",
    });
    await createInquiry(db, { organisationName: "Abgelehnt GmbH", status: "DECLINED" });

    const results = await Promise.all([
      sendInquiryDigest(db, systemActor("inquiry-digest"), TUESDAY_0800),
      sendInquiryDigest(db, systemActor("inquiry-digest"), TUESDAY_0800),
    ]);
    expect(results.sort()).toEqual(["already-sent", "sent"]);
    expect(
      await sendInquiryDigest(db, systemActor("inquiry-digest"), new Date(TUESDAY_0800.getTime() + 5 * HOUR)),
    ).toBe("already-sent");

    const sink = await startSmtpSink();
    try {
      await runJobs(smtpTransport(sink.url));
      const [mail] = await sink.waitFor(1);
      expect(mail?.to).toMatchObject({ text: "markus@anliegen.example" });
      expect(mail?.subject).toBe("Anfragen am 24.11.2026: 1 überfällig, 1 neu");
      expect(mail?.text).toContain(`${overdue.reference}: Betreibungsamt Thun`);
      expect(mail?.text).toContain("Antwort war fällig am 23.11.2026, 08:00");
      expect(mail?.text).toContain(`${fresh.reference}: Kirchgemeinde Muri`);
      expect(mail?.text).toContain(`/admin/anfragen/${fresh.reference}`);
      expect(mail?.text).not.toContain("Beantwortet AG");
      expect(mail?.text).not.toContain("Abgelehnt GmbH");
    } finally {
      await sink.stop();
    }
    // The next day still has the overdue one to mention.
    expect(await sendInquiryDigest(db, systemActor("inquiry-digest"), WEDNESDAY_0900)).toBe("sent");
  });
});
