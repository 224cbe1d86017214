// Certificates after the course (decision 0027): the job records a two-day engagement once its last
// day is over and mails each participant who attended the certificate as PDF, over real SMTP; the
// admin and the client portal download them; partial attendance is stated as such.
import { beforeAll, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";
import { runAfterCourse } from "@/lib/jobs/after-course";
import { renderMail } from "@/lib/mail/render";

import { seedWithOwner } from "../setup/admin-fixtures";
import { heldTwoDayCourse } from "../setup/after-course-fixtures";
import { runJobs, smtpTransport } from "../setup/jobs";
import { pdfPages, pdfText } from "../setup/pdf-text";
import { startSmtpSink } from "../setup/smtp-sink";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => session.userId }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const adminRoute = await import("@/app/api/admin/termine/[id]/kursbestaetigungen/route");
const portalRoute = await import("@/app/api/portal/[token]/kursbestaetigungen/[course]/route");

const db = () => getDb();
let actor = { id: "", name: "Markus Muster" as string | null };

beforeAll(async () => {
  actor = await seedWithOwner(db());
  await db().businessProfile.upsert({
    where: { id: 1 },
    create: { id: 1, name: "Markus Muster", businessName: "Anliegen" },
    update: { name: "Markus Muster", businessName: "Anliegen" },
  });
});

function call<P extends Record<string, string>>(params: P, url: string) {
  return [new Request(url), { params: Promise.resolve(params) }] as const;
}

describe("certificates after the course", () => {
  it("waits for the last day, then mails each attendee the certificate once, partial attendance stated", async () => {
    const { inquiry, snapshot, sessions } = await heldTwoDayCourse(db(), actor, "Steueramt Luzern", 2031);
    // Between the two days the course is not over: nothing is recorded or sent.
    expect((await runAfterCourse(db(), new Date("2031-03-11T20:00:00Z"))).runs).toBe(0);
    expect(await db().courseRun.count({ where: { inquiryId: inquiry.id } })).toBe(0);

    expect((await runAfterCourse(db(), new Date("2031-03-12T20:00:00Z"))).runs).toBe(1);
    expect((await runAfterCourse(db(), new Date("2031-03-12T21:00:00Z"))).runs).toBe(0);
    const run = await db().courseRun.findFirstOrThrow({ where: { inquiryId: inquiry.id } });
    expect(run.lastDayEndsAt).toEqual(sessions[1]!.endsAt);
    // Six weeks by default.
    expect(run.followUpDueAt.getTime() - run.lastDayEndsAt.getTime()).toBe(6 * 7 * 86_400_000);
    const mails = await db().outboxMessage.findMany({
      where: { template: "course-certificate", inquiryId: inquiry.id },
    });
    expect(mails.map((mail) => mail.recipient).sort()).toEqual([
      "anna.2031@luzern.example",
      "beat.2031@luzern.example",
    ]);
    expect(await db().auditLog.count({ where: { action: "course-run.completed", entityId: run.id } })).toBe(1);

    const sink = await startSmtpSink();
    try {
      await runJobs(smtpTransport(sink.url));
      const received = (await sink.waitFor(2)).filter((mail) => mail.subject?.startsWith("Ihre Kursbestätigung"));
      expect(received).toHaveLength(2);
      const beat = received.find((mail) => JSON.stringify(mail.to).includes("beat.2031"))!;
      expect(beat.subject).toBe(`Ihre Kursbestätigung: ${snapshot.title}`);
      expect(beat.text).toContain("Guten Tag Beat Zürcher");
      expect(beat.text).toContain("Sie haben an 1 von 2 Tagen teilgenommen");
      expect(beat.text).toContain("Freundliche Grüsse");
      expect(beat.text).toContain("Markus Muster");
      const pdf = beat.attachments.find((attachment) => attachment.contentType === "application/pdf")!;
      expect(pdf.filename).toBe("Kursbestaetigung-Beat-Zurcher.pdf");
      const text = await pdfText(pdf.content);
      expect(text).toContain("Kursbestätigung");
      expect(text).toContain("Beat Zürcher");
      expect(text).toContain("an 1 von 2 Tagen am Kurs");
      expect(text).toContain(snapshot.title);
      expect(text).toContain("Steueramt Luzern");
      expect(text).toContain("11.03.2031, 12.03.2031");
      expect(text).toContain(snapshot.goals[0]!.title);
      expect(text).toContain(snapshot.agenda[0]!.items.find((item) => item.kind === "MODULE")!.title);
      expect(text).toContain("Markus Muster");
      expect(text).toContain("Kursleitung");
      const anna = received.find((mail) => JSON.stringify(mail.to).includes("anna.2031"))!;
      const annaText = await pdfText(anna.attachments[0]!.content);
      expect(annaText).toContain("an allen 2 Kurstagen am Kurs");
      expect(annaText).not.toContain("Teilgenommen");
    } finally {
      await sink.stop();
    }
  });

  it("lets the admin download all certificates or one, and the client contact by the portal link", async () => {
    const { inquiry, token, course, sessions } = await heldTwoDayCourse(db(), actor, "Passamt Zug", 2032);
    session.userId = actor.id;
    const all = await adminRoute.GET(
      ...call({ id: sessions[1]!.id }, `http://localhost/api/admin/termine/${sessions[1]!.id}/kursbestaetigungen`),
    );
    expect(all.status).toBe(200);
    expect(all.headers.get("content-disposition")).toContain("Kursbestaetigungen.pdf");
    const pages = await pdfPages(new Uint8Array(await all.arrayBuffer()));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("Anna Gfeller");
    expect(pages[1]).toContain("Beat Zürcher");
    expect(pages.join("")).not.toContain("Carla Fehlend");
    const one = await adminRoute.GET(
      ...call(
        { id: sessions[0]!.id },
        `http://localhost/api/admin/termine/${sessions[0]!.id}/kursbestaetigungen?teilnehmer=2`,
      ),
    );
    expect(await pdfText(new Uint8Array(await one.arrayBuffer()))).toContain("an 1 von 2 Tagen");
    const missing = await adminRoute.GET(
      ...call(
        { id: sessions[0]!.id },
        `http://localhost/api/admin/termine/${sessions[0]!.id}/kursbestaetigungen?teilnehmer=3`,
      ),
    );
    expect(missing.status).toBe(404);
    session.userId = null;
    await expect(
      adminRoute.GET(
        ...call({ id: sessions[0]!.id }, `http://localhost/api/admin/termine/${sessions[0]!.id}/kursbestaetigungen`),
      ),
    ).rejects.toThrow();

    const portalUrl = `http://localhost/api/portal/${token}/kursbestaetigungen/${course.id}`;
    // Before the course is over the portal offers none.
    expect((await portalRoute.GET(...call({ token, course: course.id }, portalUrl))).status).toBe(404);
    await runAfterCourse(db(), new Date("2032-03-13T08:00:00Z"));
    const fromPortal = await portalRoute.GET(...call({ token, course: course.id }, portalUrl));
    expect(fromPortal.status).toBe(200);
    expect(await pdfPages(new Uint8Array(await fromPortal.arrayBuffer()))).toHaveLength(2);
    const wrongToken = "x".repeat(43);
    expect((await portalRoute.GET(...call({ token: wrongToken, course: course.id }, portalUrl))).status).toBe(404);
    expect(inquiry.id).toBeTruthy();
  });

  it("handles a public date as a run of its own, reaching a one-seat booker at the booking's address", async () => {
    const course = await db().course.findFirstOrThrow({ where: { published: true } });
    const session = await db().courseSession.create({
      data: {
        courseId: course.id,
        startsAt: new Date("2035-05-08T07:00:00Z"),
        endsAt: new Date("2035-05-08T15:00:00Z"),
        location: "Bern",
        capacity: 10,
        bookings: {
          create: {
            status: "CONFIRMED",
            contactName: "Dora Einzel",
            email: "dora@bern.example",
            manageTokenHash: "public-run-1",
            participants: { create: { name: "Dora Einzel", attendance: "PRESENT", position: 0 } },
          },
        },
      },
    });
    expect((await runAfterCourse(db(), new Date("2035-05-08T18:00:00Z"))).runs).toBe(1);
    const run = await db().courseRun.findUniqueOrThrow({ where: { runKey: `session:${session.id}` } });
    expect(run.inquiryId).toBeNull();
    const mail = await db().outboxMessage.findFirstOrThrow({
      where: { template: "course-certificate", recipient: "dora@bern.example" },
    });
    const rendered = await renderMail(mail.template, mail.payload, { db: db() });
    expect(rendered.text).toContain("Sie haben am Kurstag teilgenommen");
    const text = await pdfText(rendered.attachments[0]!.content as Buffer);
    expect(text).toContain("Dora Einzel");
    expect(text).toContain("8 Stunden");
    expect(text).toContain(course.title);
  });
});
