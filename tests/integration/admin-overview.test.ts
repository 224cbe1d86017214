import { beforeAll, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";

import { createAdmins, createCourse, createInquiry } from "../setup/admin-fixtures";
import { makeJobsDue, pendingJobs, runJobs, smtpTransport } from "../setup/jobs";
import { startSmtpSink } from "../setup/smtp-sink";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => session.userId }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { getDashboard } = await import("@/lib/dashboard/admin-queries");
const { resendMailAction } = await import("@/lib/mail/admin-actions");
const { listMailsForAdmin } = await import("@/lib/mail/admin-queries");

const HOUR = 60 * 60 * 1000;
// Friday 27.11.2026, 10:00 in Zurich.
const NOW = new Date("2026-11-27T09:00:00Z");

beforeAll(async () => {
  session.userId = (await createAdmins(getDb())).staffId;
});

describe("the dashboard", () => {
  it("shows new and overdue inquiries, waiting proposals, coming sessions, today's calls and failed mails", async () => {
    const db = getDb();
    const fresh = await createInquiry(db, {
      organisationName: "Kirchgemeinde Muri",
      receivedAt: new Date(NOW.getTime() - HOUR),
    });
    const late = await createInquiry(db, {
      organisationName: "Betreibungsamt Thun",
      receivedAt: new Date(NOW.getTime() - 72 * HOUR),
      status: "IN_CLARIFICATION",
    });
    // Answered in time: neither new nor overdue.
    await createInquiry(db, {
      receivedAt: new Date(NOW.getTime() - 72 * HOUR),
      status: "IN_CLARIFICATION",
      firstResponseAt: new Date(NOW.getTime() - 70 * HOUR),
    });
    const proposed = await createInquiry(db, { organisationName: "Passbüro Basel", status: "PROPOSAL_SENT" });
    const design = await db.courseDesign.create({ data: { inquiryId: proposed.id, title: "Schalter-Training" } });
    await db.proposal.create({
      data: {
        designId: design.id,
        inquiryId: proposed.id,
        version: 1,
        status: "SENT",
        snapshot: {},
        netCents: 240_000,
        vatCents: 19_440,
        totalCents: 259_440,
        validUntil: new Date("2026-12-27"),
        sentAt: new Date(NOW.getTime() - 24 * HOUR),
      },
    });
    const course = await createCourse(db);
    const sessionRow = await db.courseSession.create({
      data: {
        courseId: course.id,
        startsAt: new Date("2026-12-10T08:00:00Z"),
        endsAt: new Date("2026-12-10T16:00:00Z"),
        location: "Bern",
        capacity: 12,
        seatsTaken: 12,
      },
    });
    await db.booking.create({
      data: {
        sessionId: sessionRow.id,
        status: "WAITLISTED",
        waitlistPosition: 1,
        contactName: "Anna",
        email: "anna@amt.example",
        manageTokenHash: "hash-1",
      },
    });
    const callData = { email: "ruf@amt.example", organisation: "Steueramt", topic: "Telefonstress" };
    await db.appointment.create({
      data: {
        ...callData,
        name: "Heute Anrufer",
        startsAt: new Date("2026-11-27T13:00:00Z"),
        endsAt: new Date("2026-11-27T13:30:00Z"),
        manageTokenHash: "call-1",
      },
    });
    await db.appointment.create({
      data: {
        ...callData,
        name: "Morgen Anruferin",
        startsAt: new Date("2026-11-28T08:00:00Z"),
        endsAt: new Date("2026-11-28T08:30:00Z"),
        manageTokenHash: "call-2",
      },
    });
    await db.outboxMessage.create({
      data: {
        idempotencyKey: "failed-1",
        recipient: "weg@amt.example",
        template: "message",
        payload: {},
        status: "FAILED",
        lastError: "Error: connect ECONNREFUSED",
      },
    });

    const dashboard = await getDashboard(NOW);
    expect(dashboard.newInquiries).toMatchObject({ count: 1, items: [{ reference: fresh.reference }] });
    expect(dashboard.overdueInquiries).toMatchObject({ count: 1, items: [{ reference: late.reference }] });
    expect(dashboard.waitingProposals).toMatchObject([{ version: 1, inquiry: { reference: proposed.reference } }]);
    expect(dashboard.sessions).toMatchObject([{ seatsTaken: 12, capacity: 12, _count: { bookings: 1 } }]);
    expect(dashboard.callsToday.map((call) => call.name)).toEqual(["Heute Anrufer"]);
    expect(dashboard.failedMails).toMatchObject({ count: 1, items: [{ lastError: "Error: connect ECONNREFUSED" }] });
  });
});

describe("the dashboard's in-house course days", () => {
  it("lists the coming days of in-house courses with their registrations and the inquiry, no public or past days", async () => {
    const db = getDb();
    const course = await createCourse(db, "inhouse", "Inhouse-Kurs");
    const client = await createInquiry(db, { organisationName: "Sozialamt Biel", status: "DATES_SET" });
    const day = (startsAt: string, extra: { inquiryId?: string; isPublic?: boolean } = {}) =>
      db.courseSession.create({
        data: {
          courseId: course.id,
          startsAt: new Date(startsAt),
          endsAt: new Date(new Date(startsAt).getTime() + 8 * HOUR),
          location: "Biel",
          capacity: 14,
          seatsTaken: 5,
          ...extra,
        },
      });
    await day("2026-11-20T07:30:00Z", { inquiryId: client.id, isPublic: false });
    const second = await day("2027-02-03T07:30:00Z", { inquiryId: client.id, isPublic: false });
    const first = await day("2027-02-02T07:30:00Z", { inquiryId: client.id, isPublic: false });
    await day("2027-02-01T07:30:00Z");
    await db.booking.create({
      data: {
        sessionId: first.id,
        status: "WAITLISTED",
        waitlistPosition: 1,
        contactName: "Beat",
        email: "beat@biel.example",
        manageTokenHash: "hash-inhouse-1",
      },
    });

    // The engagement's team waiting list counts too (one person waits for all days).
    await db.teamRegistration.create({
      data: {
        inquiryId: client.id,
        name: "Carla Wartend",
        email: "carla@biel.example",
        source: "PORTAL",
        status: "WAITLISTED",
        waitlistPosition: 1,
      },
    });

    const dashboard = await getDashboard(NOW);
    expect(dashboard.inHouseDays.map((entry) => entry.id)).toEqual([first.id, second.id]);
    expect(dashboard.inHouseDays[0]).toMatchObject({
      seatsTaken: 5,
      capacity: 14,
      inquiry: { reference: client.reference, organisationName: "Sozialamt Biel", _count: { registrations: 1 } },
      _count: { bookings: 1 },
    });
  });
});

describe("the e-mail log", () => {
  it("lists mails by status and sends a failed one again, only once and only when it failed", async () => {
    const db = getDb();
    const row = await db.$transaction((tx) =>
      enqueueMail(tx, {
        template: "message",
        props: { subject: "Ihre Anfrage", body: "Grüezi\n\nDanke." },
        to: "zoe@verwaltung.example",
        idempotencyKey: "resend-me",
      }),
    );
    expect(await resendMailAction({ id: row.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Nur fehlgeschlagene E-Mails können erneut gesendet werden.",
    });
    // The mail server is down for all attempts.
    await db.$executeRawUnsafe(
      "UPDATE graphile_worker._private_jobs SET attempts = max_attempts - 1 WHERE key = $1",
      `mail:${row.id}`,
    );
    await runJobs(smtpTransport("smtp://127.0.0.1:1"));
    const failed = await listMailsForAdmin({ status: "FAILED", page: 1 });
    expect(failed.rows.map((mail) => mail.id)).toContain(row.id);
    expect(failed.byStatus.FAILED).toBeGreaterThanOrEqual(1);

    const results = await Promise.all([resendMailAction({ id: row.id }), resendMailAction({ id: row.id })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    // The refused second click and the refusal before the failure left no record; the resend one.
    expect(
      (await db.auditLog.findMany({ where: { action: "mail.resend", entityId: row.id } })).map(
        (entry) => entry.actorId,
      ),
    ).toEqual([session.userId]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "QUEUED" });
    expect((await pendingJobs("deliver-mail")).filter((job) => job.key === `mail:${row.id}`)).toMatchObject([
      { attempts: 0 },
    ]);

    const sink = await startSmtpSink();
    try {
      await makeJobsDue();
      await runJobs(smtpTransport(sink.url));
      const [mail] = await sink.waitFor(1);
      expect(mail?.subject).toBe("Ihre Anfrage");
    } finally {
      await sink.stop();
    }
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "SENT",
      lastError: null,
    });
    expect(await resendMailAction({ id: "00000000-0000-7000-8000-000000000000" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
