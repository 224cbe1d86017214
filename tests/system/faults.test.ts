// Faults a production server must survive: its database restarting underneath it, and the
// server process itself being killed in the middle of submissions.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { UNAVAILABLE_MESSAGE } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { createDatabaseClient } from "@/lib/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { emptyInquiry } from "@/lib/inquiries/schemas";
import { seedDemoContent } from "@/prisma/seed/seed";

import { actionId, callAction, clientAddress, startAppServer } from "../setup/app-server";
import { freePort } from "../setup/jobs";

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

function inquiry(email: string) {
  return {
    ...emptyInquiry(),
    organisationName: "Sozialdienst Biel",
    organisationKind: "MUNICIPAL_OFFICE",
    contactName: "Zoë Müller",
    email,
    message: "Wir haben oft mit Zwangskunden zu tun.",
    privacyConsent: true,
  };
}

type Result = { ok: boolean; code?: string; message?: string; data?: { reference: string } };

describe("faults", () => {
  it("answers calmly in German while the database restarts, and recovers without a restart of its own", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "anliegen-restart-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    let database: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir, port, maxConnections: 32 });
    cleanup.push(() => database.stop());
    await migrateDatabase(database.url);
    const seeding = createDatabaseClient(database.url, { max: 2 });
    await seedDemoContent(seeding);
    await seeding.$disconnect();

    const server = await startAppServer({ port: await freePort(), databaseUrl: database.url });
    cleanup.push(() => server.stop());
    const submit = await actionId("submitInquiryAction", "lib/inquiries/actions.ts");
    const send = async (index: number) =>
      (await callAction(server, "/anfrage", submit, [inquiry(`restart${index}@amt.example`)], {
        clientAddress: clientAddress(300 + index),
      })) as { status: number; result: Result };

    expect((await send(1)).result.ok).toBe(true);
    await fetch(`${server.url}/kurse`);

    await database.stop();
    const during = await send(2);
    expect(during.status).toBe(200);
    expect(during.result).toMatchObject({ ok: false, code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(503);
    // Cached public pages do not need the database at all.
    const cached = await fetch(`${server.url}/kurse`);
    expect(cached.status).toBe(200);

    database = await startEmbeddedPostgres({ dataDir, port, maxConnections: 32 });
    await expect.poll(async () => (await send(3)).result.ok, { timeout: 30_000, interval: 500 }).toBe(true);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it("stores each inquiry whole or not at all when the server is killed in the middle of submissions", async () => {
    const server = await startAppServer({ port: await freePort(), databaseUrl: process.env.DATABASE_URL! });
    cleanup.push(() => server.stop());
    const db = getDb();
    await seedDemoContent(db);
    const submit = await actionId("submitInquiryAction", "lib/inquiries/actions.ts");
    const calls = Array.from({ length: 40 }, (_, index) =>
      callAction(server, "/anfrage", submit, [inquiry(`kill${index}@amt.example`)], {
        clientAddress: clientAddress(400 + index),
      }).catch(() => null),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    server.kill("SIGKILL");
    const answered = (await Promise.all(calls)).filter((call) => (call?.result as Result | null)?.ok);

    const inquiries = await db.inquiry.findMany({ include: { events: true, outbox: true } });
    // Whatever a visitor was told was stored, is stored.
    for (const call of answered) {
      const reference = (call!.result as Result).data!.reference;
      expect(inquiries.some((row) => row.reference === reference)).toBe(true);
    }
    // And nothing is stored in part: every inquiry has its event and both e-mails, no e-mail lacks its inquiry.
    for (const row of inquiries) {
      expect(row.events.map((event) => event.type)).toEqual(["RECEIVED"]);
      expect(row.outbox).toHaveLength(2);
    }
    const orphans = await db.outboxMessage.count({ where: { inquiryId: null, template: { startsWith: "inquiry" } } });
    expect(orphans).toBe(0);
    expect(inquiries.length).toBeLessThan(40);
  });
});
