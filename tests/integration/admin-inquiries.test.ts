import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";

import { createAdmins, createInquiry } from "../setup/admin-fixtures";
import { runJobs, smtpTransport } from "../setup/jobs";
import { startSmtpSink } from "../setup/smtp-sink";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => session.userId }));
const cache = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => cache.paths.push(path),
  revalidateTag: () => undefined,
}));

const { addInquiryNoteAction, changeInquiryStatusAction, sendInquiryReplyAction } =
  await import("@/lib/inquiries/admin-actions");
const { getInquiryForAdmin } = await import("@/lib/inquiries/admin-queries");

let ownerId: string;
let staffId: string;

beforeAll(async () => {
  ({ ownerId, staffId } = await createAdmins(getDb()));
});

beforeEach(() => {
  session.userId = staffId;
  cache.paths = [];
});

describe("inquiry status changes", () => {
  it("walk the pipeline from new to closed, each step in the timeline with who and when", async () => {
    const db = getDb();
    const inquiry = await createInquiry(db);
    const steps = ["IN_CLARIFICATION", "PROPOSAL_SENT", "CONFIRMED", "HELD", "CLOSED"] as const;
    for (const to of steps) {
      const result = await changeInquiryStatusAction({ inquiryId: inquiry.id, to, note: `Schritt ${to}` });
      expect(result).toMatchObject({ ok: true });
    }
    const stored = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(stored.status).toBe("CLOSED");
    expect(stored.closedAt).toBeInstanceOf(Date);
    const events = await db.inquiryEvent.findMany({
      where: { inquiryId: inquiry.id, type: "STATUS_CHANGED" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => [event.fromStatus, event.toStatus, event.actorId, event.body])).toEqual([
      ["NEW", "IN_CLARIFICATION", staffId, "Schritt IN_CLARIFICATION"],
      ["IN_CLARIFICATION", "PROPOSAL_SENT", staffId, "Schritt PROPOSAL_SENT"],
      ["PROPOSAL_SENT", "CONFIRMED", staffId, "Schritt CONFIRMED"],
      ["CONFIRMED", "HELD", staffId, "Schritt HELD"],
      ["HELD", "CLOSED", staffId, "Schritt CLOSED"],
    ]);
    expect(cache.paths).toContain("/admin/anfragen");
  });

  it("refuse a move the pipeline does not allow, with a German message and nothing written", async () => {
    const db = getDb();
    const inquiry = await createInquiry(db);
    const result = await changeInquiryStatusAction({ inquiryId: inquiry.id, to: "HELD", note: "" });
    expect(result).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Eine Anfrage mit dem Status «Neu» kann nicht auf «Durchgeführt» gesetzt werden.",
      fieldErrors: { to: [expect.stringContaining("nicht")] },
    });
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).toMatchObject({ status: "NEW" });
    expect(await db.inquiryEvent.count({ where: { inquiryId: inquiry.id, type: "STATUS_CHANGED" } })).toBe(0);

    expect(
      await changeInquiryStatusAction({ inquiryId: inquiry.id, to: "DECLINED", note: "Kein Budget" }),
    ).toMatchObject({ ok: true });
    expect(await changeInquiryStatusAction({ inquiryId: inquiry.id, to: "IN_CLARIFICATION", note: "" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("decide a race: two admins moving the same inquiry at once, one wins, one is refused", async () => {
    const db = getDb();
    const inquiry = await createInquiry(db);
    const results = await Promise.all([
      changeInquiryStatusAction({ inquiryId: inquiry.id, to: "IN_CLARIFICATION", note: "" }),
      changeInquiryStatusAction({ inquiryId: inquiry.id, to: "IN_CLARIFICATION", note: "" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.inquiryEvent.count({ where: { inquiryId: inquiry.id, type: "STATUS_CHANGED" } })).toBe(1);
  });

  it("reject invalid input at its field", async () => {
    const result = await changeInquiryStatusAction({ inquiryId: "kein-uuid", to: "ABGEHAKT", note: "" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(Object.keys(result.ok ? {} : result.fieldErrors).sort()).toEqual(["inquiryId", "to"]);
  });
});

describe("notes", () => {
  it("are stored in the timeline with their author, and an empty one is refused", async () => {
    const db = getDb();
    const inquiry = await createInquiry(db);
    session.userId = ownerId;
    expect(
      await addInquiryNoteAction({ inquiryId: inquiry.id, body: "  Rückruf am Montag vereinbart.  " }),
    ).toMatchObject({ ok: true });
    expect(await addInquiryNoteAction({ inquiryId: inquiry.id, body: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { body: ["Bitte schreiben Sie die Notiz."] },
    });
    const detail = await getInquiryForAdmin(inquiry.reference);
    expect(detail?.events.map((event) => [event.type, event.body, event.actor?.name ?? null])).toEqual([
      ["RECEIVED", null, null],
      ["NOTE", "Rückruf am Montag vereinbart.", "Markus Muster"],
    ]);
  });
});

describe("replies", () => {
  it("go through the outbox to the requester, appear in the timeline and set the first-response time once", async () => {
    const db = getDb();
    const inquiry = await createInquiry(db, { receivedAt: new Date(Date.now() - 72 * 60 * 60 * 1000) });
    const reply = {
      inquiryId: inquiry.id,
      requestId: crypto.randomUUID(),
      subject: `Ihre Anfrage ${inquiry.reference}`,
      body: "Grüezi Frau Müller-Brügger\n\nGerne rufe ich Sie morgen an.\n\nFreundliche Grüsse",
    };
    expect(await sendInquiryReplyAction(reply)).toMatchObject({ ok: true });
    // The same form sent again (double click, lost answer) sends nothing more.
    expect(await sendInquiryReplyAction(reply)).toMatchObject({ ok: true });

    const stored = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(stored.firstResponseAt).toBeInstanceOf(Date);
    const outbox = await db.outboxMessage.findMany({ where: { inquiryId: inquiry.id } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ recipient: inquiry.email, template: "message", status: "QUEUED" });

    const sink = await startSmtpSink();
    try {
      await runJobs(smtpTransport(sink.url));
      const [mail] = await sink.waitFor(1);
      expect(mail?.subject).toBe(`Ihre Anfrage ${inquiry.reference}`);
      expect(mail?.text).toContain("Gerne rufe ich Sie morgen an.");
      expect(mail?.text).toContain(`Referenz: ${inquiry.reference}`);
    } finally {
      await sink.stop();
    }

    const second = { ...reply, requestId: crypto.randomUUID(), body: "Grüezi\n\nHier noch die Unterlagen." };
    expect(await sendInquiryReplyAction(second)).toMatchObject({ ok: true });
    const after = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(after.firstResponseAt).toEqual(stored.firstResponseAt);

    const detail = await getInquiryForAdmin(inquiry.reference);
    const mails = detail?.events.filter((event) => event.type === "EMAIL");
    expect(mails?.map((event) => [event.actorId, event.outboxMessage?.status])).toEqual([
      [staffId, "SENT"],
      [staffId, "QUEUED"],
    ]);
  });

  it("keep the input and say what is missing when the text is too short", async () => {
    const inquiry = await createInquiry(getDb());
    const result = await sendInquiryReplyAction({
      inquiryId: inquiry.id,
      requestId: crypto.randomUUID(),
      subject: "",
      body: "Hallo",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        subject: ["Bitte geben Sie einen Betreff an."],
        body: ["Bitte schreiben Sie Ihre Antwort (mindestens 10 Zeichen)."],
      },
    });
    expect(await getDb().outboxMessage.count({ where: { inquiryId: inquiry.id } })).toBe(0);
  });
});
