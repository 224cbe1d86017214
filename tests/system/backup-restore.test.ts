// A broken disk, end to end: `npm run db:backup`, the database gone, `npm run db:restore`, and the
// production server serves the restored booking and proposal; a truncated file changes nothing.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { bookSeats } from "@/lib/booking/service";
import { getDb } from "@/lib/db";
import { systemActor, userActor } from "@/lib/db/actor";
import { renderOutboxMessage } from "@/lib/mail/render";
import { createDesignFromInquiry } from "@/lib/proposals/service";
import { sendProposal } from "@/lib/proposals/service";
import { seedDemoContent } from "@/prisma/seed/seed";

import { SHARED_AUTH_SECRET, startAppServer, type AppServer } from "../setup/app-server";
import { replaceWithEmptyDatabase } from "../setup/broken-disk";
import { freePort } from "../setup/jobs";
import { createInquiry } from "../setup/proposal-fixtures";

let dir = "";
let server: AppServer | undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "anliegen-system-backup-"));
});

afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

const npmScript = (name: string, args: string[]) =>
  promisify(execFile)("npm", ["run", "--silent", name, "--", ...args], {
    env: { ...process.env, BACKUP_DIR: dir, AUTH_SECRET: SHARED_AUTH_SECRET },
  }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

async function pageText(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url);
  return { status: response.status, text: await response.text() };
}

describe("backup and restore against npm start", () => {
  it("serves the restored booking and proposal after the database was dropped", async () => {
    const url = process.env.DATABASE_URL!;
    const db = getDb();
    await seedDemoContent(db);
    const inquiry = await createInquiry(db, { organisationName: "Steueramt Wiederhergestellt" });
    const design = await createDesignFromInquiry(db, systemActor("test"), { inquiryId: inquiry.id });
    const owner = await db.user.findFirstOrThrow({ where: { role: "OWNER" } });
    await sendProposal(db, userActor(owner), { designId: design.id });
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { inquiryId: inquiry.id, template: "proposal-sent" },
    });
    const portalToken = /\/portal\/([A-Za-z0-9_-]{43})/.exec((await renderOutboxMessage(mail)).text)![1]!;
    const session = await db.courseSession.findFirstOrThrow({
      where: { status: "SCHEDULED", isPublic: true, startsAt: { gt: new Date() } },
    });
    const booking = await bookSeats(db, {
      sessionId: session.id,
      salutation: "MS",
      contactName: "Zoë Wiederhergestellt",
      email: "restore@amt.example",
      phone: "",
      organisation: "Betreibungsamt Thun",
      billingReference: "",
      participants: [{ name: "Zoë Wiederhergestellt", email: "restore@amt.example" }],
    });

    const backup = await npmScript("db:backup", []);
    expect(backup.code).toBe(0);
    const [file] = await readdir(dir);
    const backupFile = path.join(dir, file!);

    // The disk breaks: the database is gone and an empty one takes its place.
    await replaceWithEmptyDatabase(url);

    const restored = await npmScript("db:restore", [backupFile]);
    expect(restored.code, restored.stderr).toBe(0);

    server = await startAppServer({ port: await freePort(), databaseUrl: url });
    const managed = await pageText(`${server.url}/buchung/${booking.token}`);
    expect(managed.status).toBe(200);
    expect(managed.text).toContain("Zoë Wiederhergestellt");
    const portal = await pageText(`${server.url}/portal/${portalToken}`);
    expect(portal.status).toBe(200);
    expect(portal.text).toContain("Steueramt Wiederhergestellt");

    // A truncated backup, even with --force: a clear message, and the app still serves the data.
    const truncated = path.join(dir, "truncated.dump");
    const bytes = await readFile(backupFile);
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const refused = await npmScript("db:restore", [truncated, "--force"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/damaged or incomplete; nothing was changed/);
    expect((await pageText(`${server.url}/buchung/${booking.token}`)).text).toContain("Zoë Wiederhergestellt");
  });
});
