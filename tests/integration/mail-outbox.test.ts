import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { enqueueMail, MAIL_MAX_ATTEMPTS } from "@/lib/mail/outbox";

import { freePort, makeJobsDue, pendingJobs, runJobs, smtpTransport } from "../setup/jobs";
import { smtpSinksPerTest } from "../setup/smtp-sink";

const sink = smtpSinksPerTest();

function message(key: string) {
  return {
    template: "message" as const,
    props: { subject: `Betreff ${key}`, body: "Grüezi\n\nIhre Anfrage ist eingegangen.", reference: "ANF-2026-0042" },
    to: "zoe@verwaltung.example",
    idempotencyKey: key,
  };
}

describe("mail outbox", () => {
  it("stores the mail and its delivery job only when the transaction commits", async () => {
    const db = getDb();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueMail(tx, message("rolled-back"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.outboxMessage.count({ where: { idempotencyKey: "rolled-back" } })).toBe(0);
    expect(await pendingJobs("deliver-mail")).toHaveLength(0);

    await db.$transaction((tx) => enqueueMail(tx, message("committed")));
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: "committed" } });
    expect(row).toMatchObject({ status: "QUEUED", attempts: 0, recipient: "zoe@verwaltung.example" });
    const jobs = await pendingJobs("deliver-mail");
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ key: `mail:${row.id}`, max_attempts: MAIL_MAX_ATTEMPTS });
  });

  it("stores a mail once per idempotency key", async () => {
    const db = getDb();
    const first = await db.$transaction((tx) => enqueueMail(tx, message("once")));
    const second = await db.$transaction((tx) => enqueueMail(tx, message("once")));
    expect(second.id).toBe(first.id);
    expect(await db.outboxMessage.count({ where: { idempotencyKey: "once" } })).toBe(1);
  });

  it("delivers over SMTP with HTML and text, and records it as sent", async () => {
    const db = getDb();
    const smtp = await sink();
    const row = await db.$transaction((tx) => enqueueMail(tx, message("deliver")));

    await runJobs(smtpTransport(smtp.url));

    // The mails queued by the tests above are delivered in the same run.
    const received = (await smtp.waitFor(3)).find((mail) => mail.subject === "Betreff deliver");
    expect(received?.text).toContain("Ihre Anfrage ist eingegangen.");
    expect(received?.html).toContain("Referenz: ANF-2026-0042");
    const sent = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, subject: "Betreff deliver", lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(sent.messageId).toContain(row.id);
  });

  it("keeps a mail while the SMTP server is down and delivers it exactly once when it is back", async () => {
    const db = getDb();
    await db.outboxMessage.updateMany({ data: { status: "SENT" } }); // earlier tests' mails are done
    await makeJobsDue();
    await runJobs(smtpTransport("smtp://127.0.0.1:1")); // drain leftovers: nothing listens on port 1
    const port = await freePort();
    const row = await db.$transaction((tx) => enqueueMail(tx, message("outage")));

    await runJobs(smtpTransport(`smtp://127.0.0.1:${port}`));
    const waiting = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(waiting.status).toBe("RETRYING");
    expect(waiting.attempts).toBe(1);
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect((await pendingJobs("deliver-mail")).map((job) => job.key)).toContain(`mail:${row.id}`);

    const smtp = await sink(port);
    await makeJobsDue();
    await runJobs(smtpTransport(smtp.url));
    await makeJobsDue();
    await runJobs(smtpTransport(smtp.url));

    await smtp.waitFor(1);
    expect(smtp.messages.filter((mail) => mail.subject === "Betreff outage")).toHaveLength(1);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
    expect((await pendingJobs("deliver-mail")).map((job) => job.key)).not.toContain(`mail:${row.id}`);
  });

  it("marks a mail as failed, with its last error, when the last attempt fails", async () => {
    const db = getDb();
    const row = await db.$transaction((tx) => enqueueMail(tx, message("hopeless")));
    await db.$executeRawUnsafe(
      "UPDATE graphile_worker._private_jobs SET attempts = max_attempts - 1 WHERE key = $1",
      `mail:${row.id}`,
    );

    await runJobs(smtpTransport("smtp://127.0.0.1:1"));

    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "FAILED",
      lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
    });
  });
});
