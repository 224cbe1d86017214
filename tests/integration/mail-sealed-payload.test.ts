// While a mail waits, retries or has failed, its stored row holds no usable link and no address
// in clear: the props are sealed, and only rendering opens them.
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { bookSeats } from "@/lib/booking/service";
import { getDb } from "@/lib/db";
import { systemActor, userActor } from "@/lib/db/actor";
import { enqueueMail } from "@/lib/mail/outbox";
import { renderOutboxMessage } from "@/lib/mail/render";
import { SealedPayloadError } from "@/lib/mail/sealed-payload";
import { createDesignFromInquiry } from "@/lib/proposals/service";
import { sendProposal } from "@/lib/proposals/service";
import { seedDemoContent } from "@/prisma/seed/seed";

import { createInquiry } from "../setup/proposal-fixtures";

const NOW = new Date("2026-12-08T09:00:00Z");
const secrets = { current: process.env.AUTH_SECRET, previous: process.env.AUTH_SECRET_PREVIOUS };

beforeAll(async () => {
  await seedDemoContent(getDb(), NOW);
});

afterEach(() => {
  for (const [name, value] of [
    ["AUTH_SECRET", secrets.current],
    ["AUTH_SECRET_PREVIOUS", secrets.previous],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** The row as PostgreSQL stores it, every column as text. */
async function storedRow(id: string): Promise<string> {
  const rows = await getDb().$queryRaw<
    { row: string }[]
  >`SELECT m::text AS row FROM "OutboxMessage" m WHERE id = ${id}::uuid`;
  return rows[0]!.row;
}

async function payloadText(id: string): Promise<string> {
  const rows = await getDb().$queryRaw<{ payload: string }[]>`
    SELECT payload::text AS payload FROM "OutboxMessage" WHERE id = ${id}::uuid`;
  return rows[0]!.payload;
}

describe("sealed outbox payloads", () => {
  it("keeps a booking's manage link and the booker's address out of the stored payload", async () => {
    const db = getDb();
    const session = await db.courseSession.findFirstOrThrow({
      where: { isPublic: true, status: "SCHEDULED", startsAt: { gt: NOW } },
    });
    const email = "zoe.versiegelt@amt.example";
    const placed = await bookSeats(
      db,
      {
        sessionId: session.id,
        salutation: "MS",
        contactName: "Zoë Versiegelt",
        email,
        phone: "",
        organisation: "Betreibungsamt Thun",
        billingReference: "",
        participants: [{ name: "Zoë Versiegelt", email }],
      },
      NOW,
    );
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { bookingId: placed.bookingId, recipient: email } });
    const payload = await payloadText(mail.id);
    expect(payload).not.toContain(placed.token);
    expect(payload.toLowerCase()).not.toContain(email);
    expect(payload).not.toContain("Versiegelt");
    expect(await storedRow(mail.id)).not.toContain(placed.token);

    const rendered = await renderOutboxMessage(mail);
    expect(rendered.text).toContain(`/buchung/${placed.token}`);
    // The salutation is stored with the booking and greets formally.
    expect(rendered.text).toMatch(/^Guten Tag Frau Versiegelt$/m);
  });

  it("keeps the client-portal link out of the stored proposal mail", async () => {
    const db = getDb();
    const inquiry = await createInquiry(db, { email: "portal.versiegelt@amt.example" });
    const design = await createDesignFromInquiry(db, systemActor("test"), { inquiryId: inquiry.id });
    const owner = await db.user.findFirstOrThrow({ where: { role: "OWNER" } });
    await sendProposal(db, userActor(owner), { designId: design.id, now: NOW });
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { inquiryId: inquiry.id, template: "proposal-sent" },
    });

    const rendered = await renderOutboxMessage(mail);
    const token = /\/portal\/([A-Za-z0-9_-]{43})/.exec(rendered.text)?.[1];
    expect(token).toBeDefined();
    const stored = await storedRow(mail.id);
    expect(stored).not.toContain(token!);
    expect((await payloadText(mail.id)).toLowerCase()).not.toContain("portal.versiegelt");
  });

  it("opens mails sealed before a secret rotation with AUTH_SECRET_PREVIOUS, and says so without it", async () => {
    const db = getDb();
    process.env.AUTH_SECRET = "a".repeat(44);
    const mail = await db.$transaction((tx) =>
      enqueueMail(tx, {
        template: "message",
        props: { subject: "Vor dem Wechsel", body: "Grüezi" },
        to: "rotation@amt.example",
        idempotencyKey: "rotation",
      }),
    );
    process.env.AUTH_SECRET = "b".repeat(44);
    await expect(renderOutboxMessage(mail)).rejects.toThrow(SealedPayloadError);
    process.env.AUTH_SECRET_PREVIOUS = "a".repeat(44);
    expect((await renderOutboxMessage(mail)).subject).toBe("Vor dem Wechsel");
  });

  it("refuses a payload that was tampered with or moved to another template", async () => {
    const db = getDb();
    const mail = await db.$transaction((tx) =>
      enqueueMail(tx, {
        template: "message",
        props: { subject: "Echt", body: "Grüezi" },
        to: "echt@amt.example",
        idempotencyKey: "tamper",
      }),
    );
    await expect(renderOutboxMessage({ ...mail, template: "sign-in-link" })).rejects.toThrow(SealedPayloadError);
    const payload = mail.payload as { data: string };
    const flipped = `${payload.data.slice(0, 5)}${payload.data[5] === "A" ? "B" : "A"}${payload.data.slice(6)}`;
    await expect(renderOutboxMessage({ ...mail, payload: { ...payload, data: flipped } })).rejects.toThrow(
      SealedPayloadError,
    );
  });
});
