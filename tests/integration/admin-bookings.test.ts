import { beforeAll, describe, expect, it } from "vitest";

import type { BookSeatsInput } from "@/lib/booking/schemas";
import {
  cancelBookingAsAdmin,
  moveBookingAsAdmin,
  removeParticipantAsAdmin,
  renameParticipantAsAdmin,
} from "@/lib/booking/service";
import { getDb } from "@/lib/db";
import { userActor, type Actor } from "@/lib/db/actor";
import { renderMail } from "@/lib/mail/render";

import { createAdmins } from "../setup/admin-fixtures";
import { rejection } from "../setup/app-error";
import { bookAndConfirm, bookingInput, createTestCourse, createTestSession } from "../setup/booking-fixtures";

const NOW = new Date("2027-03-01T09:00:00Z");
let courseId = "";
let staffId = "";
let staffActor: Actor = { kind: "visitor" };

const createSession = (capacity: number, startsAt: string, course = courseId) =>
  createTestSession(course, capacity, startsAt);
const booking = bookingInput;
const book = (input: BookSeatsInput) => bookAndConfirm(getDb(), input, NOW);

async function seats(sessionId: string) {
  return (await getDb().courseSession.findUniqueOrThrow({ where: { id: sessionId } })).seatsTaken;
}

beforeAll(async () => {
  courseId = (await createTestCourse()).id;
  ({ staffId } = await createAdmins(getDb()));
  staffActor = userActor({ id: staffId });
});

describe("admin: single bookings and participants", () => {
  it("cancels one booking: the seats go to the waiting list, the booker is told, the history records it", async () => {
    const db = getDb();
    const session = await createSession(2, "2027-03-20T08:00:00Z");
    const anna = await book(booking(session.id, "anna@amt.example", 2));
    const beat = await book(booking(session.id, "beat@amt.example", 1));
    expect(beat.status).toBe("WAITLISTED");

    expect(
      await cancelBookingAsAdmin(db, staffActor, { bookingId: anna.bookingId, message: "Doppelt gebucht." }, NOW),
    ).toEqual({ promoted: 1 });
    expect(await db.booking.findUniqueOrThrow({ where: { id: anna.bookingId } })).toMatchObject({
      status: "CANCELLED",
    });
    expect(await db.booking.findUniqueOrThrow({ where: { id: beat.bookingId } })).toMatchObject({
      status: "CONFIRMED",
    });
    expect(await seats(session.id)).toBe(1);
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { bookingId: anna.bookingId, template: "booking-cancelled" },
    });
    expect(mail.recipient).toBe("anna@amt.example");
    const rendered = await renderMail(mail.template, mail.payload);
    expect(rendered.text).toContain("ist storniert worden");
    expect(rendered.text).toContain("Doppelt gebucht.");
    expect(
      await db.auditLog.findFirstOrThrow({ where: { entityId: anna.bookingId, action: "booking.cancel" } }),
    ).toMatchObject({
      actorId: staffId,
      entityType: "Booking",
      data: expect.objectContaining({ sessionId: session.id }),
    });
    // A second click changes nothing.
    expect(
      (await rejection(cancelBookingAsAdmin(db, staffActor, { bookingId: anna.bookingId, message: "" }, NOW))).code,
    ).toBe("CONFLICT");
  });

  it("moves one booking to another session of the same course, if its seats fit; the calendar entry moves too", async () => {
    const db = getDb();
    const from = await createSession(3, "2027-03-21T08:00:00Z");
    const to = await createSession(2, "2027-03-28T07:00:00Z");
    const full = await createSession(1, "2027-03-29T07:00:00Z");
    const other = await db.course.create({
      data: { slug: "telefon", title: "Am Telefon", summary: "K", audience: "T", durationNote: "1 Tag", priceNote: "" },
    });
    const otherSession = await createSession(9, "2027-03-30T07:00:00Z", other.id);
    const carla = await book(booking(from.id, "carla@amt.example", 2));
    await book(booking(full.id, "voll@amt.example", 1));

    expect(
      await rejection(
        moveBookingAsAdmin(db, staffActor, { bookingId: carla.bookingId, targetSessionId: full.id, message: "" }, NOW),
      ),
    ).toMatchObject({
      code: "CONFLICT",
      field: "targetSessionId",
      message: "Im gewählten Termin ist kein Platz mehr frei.",
    });
    expect(
      await rejection(
        moveBookingAsAdmin(
          db,
          staffActor,
          { bookingId: carla.bookingId, targetSessionId: otherSession.id, message: "" },
          NOW,
        ),
      ),
    ).toMatchObject({ code: "VALIDATION", field: "targetSessionId" });

    await moveBookingAsAdmin(
      db,
      staffActor,
      { bookingId: carla.bookingId, targetSessionId: to.id, message: "Am 21. ist der Raum besetzt." },
      NOW,
    );
    expect(await db.booking.findUniqueOrThrow({ where: { id: carla.bookingId } })).toMatchObject({
      sessionId: to.id,
      status: "CONFIRMED",
    });
    expect([await seats(from.id), await seats(to.id)]).toEqual([0, 2]);
    const mails = await db.outboxMessage.findMany({
      where: { bookingId: carla.bookingId, template: "session-changed" },
    });
    // The booker (also the first participant) and the second participant, each once.
    expect(mails.map((mail) => mail.recipient).sort()).toEqual(["carla@amt.example", "p1.carla@amt.example"]);
    const rendered = await renderMail(mails[0]!.template, mails[0]!.payload);
    expect(rendered.text).toContain("Am 21. ist der Raum besetzt.");
    expect(String(rendered.attachments[0]?.content)).toMatch(/SEQUENCE:1\r\n/);
    expect(await db.auditLog.count({ where: { entityId: carla.bookingId, action: "booking.move" } })).toBe(1);
  });

  it("removes one participant (a seat comes free) and renames another, telling booker and person", async () => {
    const db = getDb();
    const session = await createSession(2, "2027-03-22T08:00:00Z");
    const dora = await book(booking(session.id, "dora@amt.example", 2));
    const emil = await book(booking(session.id, "emil@amt.example", 1));
    expect(emil.status).toBe("WAITLISTED");
    const [first, second] = await db.bookingParticipant.findMany({
      where: { bookingId: dora.bookingId },
      orderBy: { position: "asc" },
    });

    expect(await removeParticipantAsAdmin(db, staffActor, { participantId: second!.id }, NOW)).toEqual({ promoted: 1 });
    expect(await db.booking.findUniqueOrThrow({ where: { id: dora.bookingId } })).toMatchObject({ seats: 1 });
    expect(await db.booking.findUniqueOrThrow({ where: { id: emil.bookingId } })).toMatchObject({
      status: "CONFIRMED",
    });
    expect(await seats(session.id)).toBe(2);
    const removedMails = await db.outboxMessage.findMany({
      where: { bookingId: dora.bookingId, idempotencyKey: { contains: "participant-removed" } },
    });
    expect(removedMails.map((mail) => mail.recipient).sort()).toEqual(["dora@amt.example", "p1.dora@amt.example"]);
    // The last person stays: the booking is cancelled instead.
    expect(await rejection(removeParticipantAsAdmin(db, staffActor, { participantId: first!.id }, NOW))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/letzte Person/),
    });

    await renameParticipantAsAdmin(db, staffActor, { participantId: first!.id, name: "Doris Brand" });
    expect(await db.bookingParticipant.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({
      name: "Doris Brand",
    });
    const renamed = await db.outboxMessage.findFirstOrThrow({
      where: {
        bookingId: dora.bookingId,
        idempotencyKey: { contains: "participant-renamed" },
        recipient: "dora@amt.example",
      },
    });
    expect((await renderMail(renamed.template, renamed.payload)).text).toContain("jetzt «Doris Brand»");
    expect(
      (await db.auditLog.findMany({ where: { entityId: dora.bookingId }, orderBy: { createdAt: "asc" } })).map(
        (entry) => entry.action,
      ),
    ).toEqual(["participant.remove", "participant.rename"]);
  });
});
