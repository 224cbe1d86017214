import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { createDatabaseClient } from "@/lib/db/client";
import { checkHealth } from "@/lib/health";
import { enqueueMail } from "@/lib/mail/outbox";

import { freePort } from "../setup/jobs";

const mail = (key: string) => ({
  template: "message" as const,
  props: { subject: "Betreff", body: "Grüezi", reference: "ANF-2026-0042" },
  to: "zoe.health@verwaltung.example",
  idempotencyKey: key,
});

describe("health report", () => {
  it("is ok with a reachable database and a running worker, and names no person", async () => {
    const db = getDb();
    await db.$transaction((tx) => enqueueMail(tx, mail("health-fresh")));
    const report = await checkHealth(db, "running");
    expect(report).toMatchObject({
      status: "ok",
      database: { ok: true },
      mail: { worker: "running", queued: 1, overdue: 0, failed: 0 },
    });
    expect(JSON.stringify(report)).not.toContain("zoe.health");
  });

  it("is degraded while mail is overdue, and unavailable when the in-app worker has stopped", async () => {
    const db = getDb();
    const row = await db.$transaction((tx) => enqueueMail(tx, mail("health-late")));
    await db.outboxMessage.update({
      where: { id: row.id },
      data: { nextAttemptAt: new Date(Date.now() - 3_600_000) },
    });
    expect(await checkHealth(db, undefined)).toMatchObject({
      status: "degraded",
      mail: { worker: "separate", overdue: 1 },
    });
    expect((await checkHealth(db, "stopped")).status).toBe("unavailable");
  });

  it("is unavailable, quickly, when the database cannot be reached", async () => {
    const port = await freePort();
    const unreachable = createDatabaseClient(`postgresql://postgres@127.0.0.1:${port}/none`, { max: 1 });
    const started = Date.now();
    try {
      const report = await checkHealth(unreachable, "running");
      expect(report).toMatchObject({ status: "unavailable", database: { ok: false } });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await unreachable.$disconnect();
    }
  });
});
