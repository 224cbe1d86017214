import { beforeAll, describe, expect, it } from "vitest";

import { GET as calendarRoute } from "@/app/api/kalender/[file]/route";
import { participantsCsv } from "@/lib/booking/export";
import { sendSessionReminders } from "@/lib/booking/reminders";
import {
  BOOKING_LAPSED_MESSAGE,
  BOOKING_LINK_SPENT_MESSAGE,
  BOOKING_LINK_UNKNOWN_MESSAGE,
  bookSeats,
  cancelBookingByToken,
  cancelSession,
  changeSessionCapacity,
  confirmBookingByToken,
  createSession as createSessionAsAdmin,
  DUPLICATE_BOOKING_MESSAGE,
  findBookingByToken,
  moveSession,
  RELEASE_BOOKING_HOLDS_TASK,
  releaseBookingHolds,
  setAttendance,
} from "@/lib/booking/service";
import { getDb } from "@/lib/db";
import { userActor, type Actor } from "@/lib/db/actor";
import { renderMail } from "@/lib/mail/render";
import { calendarTokenFor } from "@/lib/manage-token";

import { createAdmins } from "../setup/admin-fixtures";
import { rejection } from "../setup/app-error";
import {
  bookAndConfirm,
  bookingInput,
  createTestCourse,
  createTestSession,
  expectSeatsInvariant,
} from "../setup/booking-fixtures";
import { pendingJobs, runJobs, smtpTransport } from "../setup/jobs";
import { startSmtpSink } from "../setup/smtp-sink";

const NOW = new Date("2027-03-01T09:00:00Z");
let courseId = "";
let admin: Actor = { kind: "visitor" };

const createSession = (capacity: number, startsAt?: string) => createTestSession(courseId, capacity, startsAt);
const booking = bookingInput;

/** The manage link of the newest "booking-placed" mail of a booking, as the recipient reads it. */
async function linkFromMail(bookingId: string): Promise<string> {
  const mail = await getDb().outboxMessage.findFirstOrThrow({
    where: { bookingId, template: "booking-placed" },
    orderBy: { createdAt: "desc" },
  });
  const rendered = await renderMail(mail.template, mail.payload);
  const match = /\/buchung\/([A-Za-z0-9_-]{43})/.exec(rendered.text);
  if (!match?.[1]) throw new Error(`No manage link in:\n${rendered.text}`);
  return match[1];
}

const book = bookAndConfirm;
const seatsInvariant = (sessionId: string) => expectSeatsInvariant(sessionId);

beforeAll(async () => {
  courseId = (await createTestCourse()).id;
  admin = userActor({ id: (await createAdmins(getDb())).staffId });
});

describe("seat bookings", () => {
  it("a lapsed hold frees its seats through the worker; the waiting list moves up in order, with mails", async () => {
    const db = getDb();
    const session = await createSession(2, "2027-03-22T08:00:00Z");
    // Booked 31 minutes ago in real time, so the worker's own job for the hold is due now.
    const past = new Date(Date.now() - 31 * 60_000);
    const squatter = await bookSeats(db, booking(session.id, "made-up@amt.example", 2), past);
    const waitsConfirmed = await bookSeats(db, booking(session.id, "olga@amt.example", 1), past);
    const waitsUnconfirmed = await bookSeats(db, booking(session.id, "paul@amt.example", 1), past);
    // Olga confirms her place on the list from the mail; Paul does not.
    await confirmBookingByToken(db, waitsConfirmed.token, past);
    const fresh = await bookSeats(db, booking(session.id, "quirin@amt.example", 1), new Date(Date.now() - 20 * 60_000));
    expect([squatter.status, waitsConfirmed.status, waitsUnconfirmed.status, fresh.status]).toEqual([
      "HELD",
      "WAITLISTED",
      "WAITLISTED",
      "WAITLISTED",
    ]);

    // First in this file, so the worker delivers this test's mails only.
    const sink = await startSmtpSink();
    try {
      await runJobs(smtpTransport(sink.url));
    } finally {
      await sink.stop();
    }
    const state = async (id: string) => (await db.booking.findUniqueOrThrow({ where: { id } })).status;
    // The squatter's unconfirmed seats and Paul's unconfirmed place lapsed; Olga (confirmed) and then
    // Quirin (still within his own hold, so held) moved up in list order.
    expect(await state(squatter.bookingId)).toBe("CANCELLED");
    expect(await state(waitsUnconfirmed.bookingId)).toBe("CANCELLED");
    expect(await state(waitsConfirmed.bookingId)).toBe("CONFIRMED");
    expect(await state(fresh.bookingId)).toBe("HELD");
    expect((await seatsInvariant(session.id)).seatsTaken).toBe(2);
    const olgaMail = sink.messages.find(
      (mail) => JSON.stringify(mail.to).includes("olga@amt.example") && /Platz erhalten/.test(mail.subject ?? ""),
    );
    expect(olgaMail?.subject).toBe("Sie haben einen Platz erhalten: Schwierige Kundengespräche am Schalter");
    expect(olgaMail?.text).toContain("jetzt bestätigt");
    expect(olgaMail?.attachments).toHaveLength(1);
    const quirinMail = sink.messages.find(
      (mail) => JSON.stringify(mail.to).includes("quirin@amt.example") && /Platz erhalten/.test(mail.subject ?? ""),
    );
    expect(quirinMail?.text).toMatch(/Ihr Platz ist bis .* für Sie reserviert/);
    expect(quirinMail?.text).toContain("Bitte bestätigen Sie Ihre Buchung bis");
    expect(quirinMail?.attachments).toHaveLength(0);
    // Nothing more goes to the addresses nobody confirmed: one mail each, the first.
    expect(await db.outboxMessage.count({ where: { bookingId: squatter.bookingId } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { bookingId: waitsUnconfirmed.bookingId } })).toBe(1);
    // The lapsed link says so and confirms nothing.
    expect(await rejection(confirmBookingByToken(db, squatter.token))).toMatchObject({
      code: "EXPIRED",
      message: BOOKING_LAPSED_MESSAGE,
    });
    // The same address may book again once its hold lapsed.
    expect((await bookSeats(db, booking(session.id, "made-up@amt.example", 1), new Date())).status).toBe("WAITLISTED");
  });

  it("200 simultaneous attempts for the last 12 seats: exactly 12 held, the rest waitlisted, no errors", async () => {
    const session = await createSession(12);
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, index) =>
        bookSeats(getDb(), booking(session.id, `person${index}@amt.example`), NOW),
      ),
    );
    const errors = results.filter((result) => result.status === "rejected").map((result) => String(result.reason));
    expect(errors).toEqual([]);
    const placed = results.map((result) => (result as PromiseFulfilledResult<{ status: string }>).value.status);
    expect(placed.filter((status) => status === "HELD")).toHaveLength(12);
    expect(placed.filter((status) => status === "WAITLISTED")).toHaveLength(188);
    const after = await seatsInvariant(session.id);
    expect(after.seatsTaken).toBe(12);
    const positions = (
      await getDb().booking.findMany({
        where: { sessionId: session.id, status: "WAITLISTED" },
        orderBy: { waitlistPosition: "asc" },
        select: { waitlistPosition: true },
      })
    ).map((row) => row.waitlistPosition);
    expect(positions).toEqual(Array.from({ length: 188 }, (_, index) => index + 1));
    // Each booker got exactly one mail saying which: held (confirm from the link) or waiting list.
    const mails = await getDb().outboxMessage.groupBy({
      by: ["idempotencyKey"],
      where: { template: "booking-placed", booking: { sessionId: session.id } },
    });
    expect(mails).toHaveLength(200);
    const waitlisted = await getDb().outboxMessage.count({
      where: { booking: { sessionId: session.id }, idempotencyKey: { endsWith: ":waitlisted" } },
    });
    expect(waitlisted).toBe(188);

    // 20 more book while the holds lapse and the worker releases them: never more than 12 seats.
    const lapse = new Date(NOW.getTime() + 31 * 60_000);
    await Promise.all([
      releaseBookingHolds(getDb(), session.id, lapse),
      ...Array.from({ length: 20 }, (_, index) =>
        bookSeats(getDb(), booking(session.id, `late${index}@amt.example`), lapse),
      ),
    ]);
    const settled = await seatsInvariant(session.id);
    expect(settled.seatsTaken).toBe(12);
    expect(
      await getDb().booking.count({ where: { sessionId: session.id, status: { in: ["HELD", "CONFIRMED"] } } }),
    ).toBe(12);
  }, 120_000);

  it("holds while seats are free, then waitlists; confirming from the mail confirms; the mail says which", async () => {
    const db = getDb();
    const session = await createSession(3);
    const first = await bookSeats(db, booking(session.id, "anna@amt.example", 2), NOW);
    expect(first).toMatchObject({ status: "HELD", waitlistPosition: null });
    expect(first.holdExpiresAt.toISOString()).toBe("2027-03-01T09:30:00.000Z");
    expect(await pendingJobs(RELEASE_BOOKING_HOLDS_TASK)).toContainEqual(
      expect.objectContaining({ run_at: first.holdExpiresAt }),
    );
    const second = await bookSeats(db, booking(session.id, "beat@amt.example", 2), NOW);
    expect(second).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
    // One seat is free, but someone waits: a smaller booking does not overtake the list.
    const third = await bookSeats(db, booking(session.id, "chris@amt.example", 1), NOW);
    expect(third).toMatchObject({ status: "WAITLISTED", waitlistPosition: 2 });
    expect((await seatsInvariant(session.id)).seatsTaken).toBe(2);

    const heldMail = await db.outboxMessage.findFirstOrThrow({
      where: { bookingId: first.bookingId, template: "booking-placed" },
    });
    const held = await renderMail(heldMail.template, heldMail.payload);
    expect(held.subject).toBe("Bitte bestätigen Sie Ihre Buchung: Schwierige Kundengespräche am Schalter");
    expect(held.text).toContain("Ich halte Ihre 2 Plätze bis Montag, 1. März, 10:30 Uhr für Sie frei.");
    expect(held.text).toContain(
      "Bitte bestätigen Sie Ihre Buchung bis Montag, 1. März, 10:30 Uhr über den Link unten.",
    );
    expect(held.attachments).toHaveLength(0);
    // The consultant hears of nothing before the booker confirmed.
    expect(await db.outboxMessage.count({ where: { bookingId: first.bookingId, template: "message" } })).toBe(0);

    // The link from the mail confirms (the page posts it); a second confirmation changes nothing.
    const link = await linkFromMail(first.bookingId);
    const later = new Date(NOW.getTime() + 10 * 60_000);
    expect(await confirmBookingByToken(db, link, later)).toEqual({ status: "CONFIRMED", alreadyConfirmed: false });
    expect(await confirmBookingByToken(db, link, later)).toEqual({ status: "CONFIRMED", alreadyConfirmed: true });
    expect(await db.booking.findUniqueOrThrow({ where: { id: first.bookingId } })).toMatchObject({
      status: "CONFIRMED",
      holdExpiresAt: null,
      confirmedAt: later,
    });
    const confirmedMail = await db.outboxMessage.findFirstOrThrow({
      where: { bookingId: first.bookingId, idempotencyKey: { endsWith: ":confirmed" } },
    });
    const confirmed = await renderMail(confirmedMail.template, confirmedMail.payload);
    expect(confirmed.subject).toBe("Buchung bestätigt: Schwierige Kundengespräche am Schalter");
    expect(confirmed.text).toContain("Ihre 2 Plätze sind bestätigt");
    expect(confirmed.attachments).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { bookingId: first.bookingId, template: "message" } })).toBe(1);
    expect(await db.booking.count({ where: { sessionId: session.id, status: "CONFIRMED" } })).toBe(1);

    const waitMail = await db.outboxMessage.findFirstOrThrow({
      where: { bookingId: second.bookingId, template: "booking-placed" },
    });
    const waiting = await renderMail(waitMail.template, waitMail.payload);
    expect(waiting.subject).toBe("Warteliste: Schwierige Kundengespräche am Schalter");
    expect(waiting.text).toContain("auf der Warteliste (Position 1)");
    expect(waiting.attachments).toHaveLength(0);
    await seatsInvariant(session.id);

    // One active booking per address and session, enforced by Booking_active_email_guard.
    const duplicate = await rejection(bookSeats(db, booking(session.id, "ANNA@amt.example", 1), NOW));
    expect(duplicate).toMatchObject({ field: "email", message: DUPLICATE_BOOKING_MESSAGE });
    const tooMany = await rejection(bookSeats(db, booking(session.id, "dora@amt.example", 4), NOW));
    expect(tooMany).toMatchObject({ field: "participants" });
    expect(tooMany.message).toMatch(/höchstens 3 Plätze/);
  });

  it("a hold that lapses before the worker runs is freed by the next booking, and cannot be confirmed", async () => {
    const db = getDb();
    const session = await createSession(1, "2027-03-23T08:00:00Z");
    const first = await bookSeats(db, booking(session.id, "rita@amt.example"), NOW);
    const lapse = new Date(NOW.getTime() + 30 * 60_000);
    expect(await rejection(confirmBookingByToken(db, first.token, lapse))).toMatchObject({
      code: "EXPIRED",
      message: BOOKING_LAPSED_MESSAGE,
    });
    const second = await bookSeats(db, booking(session.id, "sepp@amt.example"), lapse);
    expect(second.status).toBe("HELD");
    expect(await db.booking.findUniqueOrThrow({ where: { id: first.bookingId } })).toMatchObject({
      status: "CANCELLED",
    });
    expect((await seatsInvariant(session.id)).seatsTaken).toBe(1);
  });

  it("cancelling frees the seats and promotes the waiting list in order, with a mail to each", async () => {
    const db = getDb();
    const session = await createSession(3);
    const anna = await book(db, booking(session.id, "anna@amt.example", 2), NOW);
    const beat = await book(db, booking(session.id, "beat@amt.example", 1), NOW);
    const chris = await book(db, booking(session.id, "chris@amt.example", 2), NOW);
    const dora = await book(db, booking(session.id, "dora@amt.example", 1), NOW);
    expect([chris.waitlistPosition, dora.waitlistPosition]).toEqual([1, 2]);

    // One seat frees up: Chris (2 seats) is first and does not fit, so Dora waits behind Chris.
    expect(await cancelBookingByToken(db, beat.token, NOW)).toEqual({ wasWaitlisted: false, promotedBookingIds: [] });
    expect((await seatsInvariant(session.id)).seatsTaken).toBe(2);

    // Anna's two seats free up: now Chris, then Dora, in list order.
    const outcome = await cancelBookingByToken(db, anna.token, NOW);
    expect(outcome.promotedBookingIds).toEqual([chris.bookingId, dora.bookingId]);
    expect((await seatsInvariant(session.id)).seatsTaken).toBe(3);
    for (const id of [chris.bookingId, dora.bookingId]) {
      expect(await db.booking.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "CONFIRMED",
        waitlistPosition: null,
        promotedAt: NOW,
      });
      const mail = await db.outboxMessage.findFirstOrThrow({
        where: { bookingId: id, idempotencyKey: { endsWith: ":promoted" } },
      });
      const rendered = await renderMail(mail.template, mail.payload);
      expect(rendered.subject).toBe("Sie haben einen Platz erhalten: Schwierige Kundengespräche am Schalter");
      expect(rendered.attachments[0]?.content).toMatch(/METHOD:REQUEST/);
    }
    const cancelled = await db.outboxMessage.findFirstOrThrow({
      where: { bookingId: anna.bookingId, template: "booking-cancelled" },
    });
    expect((await renderMail(cancelled.template, cancelled.payload)).attachments[0]?.content).toMatch(/METHOD:CANCEL/);

    // The waiting-list link of a promoted booking is replaced by the one in the promotion mail.
    expect(await rejection(cancelBookingByToken(db, chris.token, NOW))).toMatchObject({
      code: "NOT_FOUND",
      message: BOOKING_LINK_UNKNOWN_MESSAGE,
    });
    const chrisLink = await linkFromMail(chris.bookingId);
    expect(chrisLink).not.toBe(chris.token);
    await cancelBookingByToken(db, chrisLink, NOW);
    expect((await seatsInvariant(session.id)).seatsTaken).toBe(1);
  });

  it("serves the calendar entry under its own read-only token, never under the manage token", async () => {
    const db = getDb();
    const session = await createSession(4, "2027-03-26T08:00:00Z");
    const placed = await book(db, booking(session.id, "kalender@amt.example"), NOW);
    const ics = (token: string) =>
      calendarRoute(new Request(`http://localhost/api/kalender/${token}.ics`), {
        params: Promise.resolve({ file: `${token}.ics` }),
      });
    // The manage token (which can cancel) opens no calendar file; the calendar token opens nothing else.
    expect((await ics(placed.token)).status).toBe(404);
    const calendarToken = calendarTokenFor(placed.token);
    const response = await ics(calendarToken);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/\r\nSEQUENCE:0\r\n/);
    expect(await findBookingByToken(db, calendarToken)).toBeNull();
    expect((await rejection(cancelBookingByToken(db, calendarToken, NOW))).code).toBe("NOT_FOUND");
    // A move of the session makes the entry one version newer.
    await moveSession(
      db,
      admin,
      {
        sessionId: session.id,
        date: "2027-03-27",
        startTime: "09:00",
        endTime: "17:00",
        location: "Bern",
        address: "",
        message: "",
      },
      NOW,
    );
    expect(await (await ics(calendarToken)).text()).toMatch(/\r\nSEQUENCE:1\r\n/);
  });

  it("lets a person leave the waiting list by link; the link is then spent", async () => {
    const db = getDb();
    const session = await createSession(1);
    await book(db, booking(session.id, "eva@amt.example"), NOW);
    const fritz = await book(db, booking(session.id, "fritz@amt.example"), NOW);
    const gina = await book(db, booking(session.id, "gina@amt.example"), NOW);
    expect(await cancelBookingByToken(db, fritz.token, NOW)).toEqual({ wasWaitlisted: true, promotedBookingIds: [] });
    expect(await db.booking.findUniqueOrThrow({ where: { id: fritz.bookingId } })).toMatchObject({
      status: "CANCELLED",
      waitlistPosition: null,
    });
    expect((await rejection(cancelBookingByToken(db, fritz.token, NOW))).message).toBe(BOOKING_LINK_SPENT_MESSAGE);
    expect(await db.booking.findUniqueOrThrow({ where: { id: gina.bookingId } })).toMatchObject({
      status: "WAITLISTED",
      waitlistPosition: 2,
    });
    // A person who cancelled may book again (the guard only counts active bookings).
    expect((await book(db, booking(session.id, "fritz@amt.example"), NOW)).waitlistPosition).toBe(3);
  });

  it("stops cancellation links at the deadline and refuses bookings after the booking deadline", async () => {
    const db = getDb();
    const session = await createSession(5, "2027-03-02T08:00:00Z"); // 23 hours after NOW
    const late = await book(db, booking(session.id, "hans@amt.example"), NOW);
    const error = await rejection(cancelBookingByToken(db, late.token, NOW));
    expect(error).toMatchObject({ code: "EXPIRED" });
    expect(error.message).toMatch(/48 Stunden vor Kursbeginn/);
    expect(await db.booking.findUniqueOrThrow({ where: { id: late.bookingId } })).toMatchObject({
      status: "CONFIRMED",
    });

    await db.courseSession.update({
      where: { id: session.id },
      data: { bookingDeadline: new Date("2027-03-01T08:00:00Z") },
    });
    expect((await rejection(bookSeats(db, booking(session.id, "ida@amt.example"), NOW))).message).toMatch(
      /Anmeldeschluss/,
    );
    expect((await rejection(cancelBookingByToken(db, "nicht-vorhanden", NOW))).code).toBe("NOT_FOUND");
    await db.courseSession.delete({ where: { id: session.id } }); // keeps the reminder test's horizon to itself
  });

  it("sends the reminder once to the booker and every participant, even when the job runs twice at once", async () => {
    const db = getDb();
    const session = await createSession(10, "2027-03-03T08:00:00Z");
    const later = await createSession(10, "2027-03-25T08:00:00Z");
    await book(db, booking(session.id, "jana@amt.example", 2), NOW);
    const left = await book(db, booking(session.id, "kurt@amt.example", 1), NOW);
    await cancelBookingByToken(db, left.token, new Date("2027-02-20T09:00:00Z"));
    await book(db, booking(later.id, "lena@amt.example", 1), NOW);

    const runs = await Promise.all([sendSessionReminders(db, 3, NOW), sendSessionReminders(db, 3, NOW)]);
    expect(runs.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await sendSessionReminders(db, 3, NOW)).toBe(0);
    const reminders = await db.outboxMessage.findMany({ where: { template: "session-reminder" } });
    expect(reminders.map((mail) => mail.recipient).sort()).toEqual(["jana@amt.example", "p1.jana@amt.example"]);
    const rendered = await renderMail(reminders[0]!.template, reminders[0]!.payload);
    expect(rendered.subject).toBe("Erinnerung: Schwierige Kundengespräche am Schalter");
    expect(rendered.text).toContain("Mittwoch, 03.03.2027, 09:00–17:00 Uhr");
    expect((await db.courseSession.findUniqueOrThrow({ where: { id: session.id } })).reminderSentAt).toEqual(NOW);
  });

  it("admin: creates, moves and cancels a session, telling everyone; exports the list for Excel", async () => {
    const db = getDb();
    const session = await createSessionAsAdmin(
      db,
      admin,
      {
        courseId,
        title: "",
        date: "2027-03-29",
        startTime: "09:00",
        endTime: "16:30",
        location: "Thun, Rathaus",
        address: "Rathausplatz 1",
        capacity: 2,
        isPublic: true,
        inquiryReference: "",
        bookingDeadline: "2027-03-26",
        priceNote: "",
      },
      NOW,
    );
    // 29.03.2027 is in summer time: 09:00 in Zurich is 07:00 UTC.
    expect(session.startsAt.toISOString()).toBe("2027-03-29T07:00:00.000Z");
    expect(session.bookingDeadline?.toISOString()).toBe("2027-03-26T22:59:00.000Z");
    const zoe = await book(
      db,
      { ...booking(session.id, "zoe@amt.example", 2), organisation: "Zivilstandsamt Zürich" },
      NOW,
    );
    await book(db, booking(session.id, "ueli@amt.example"), NOW);
    const people = await db.bookingParticipant.findMany({
      where: { bookingId: zoe.bookingId },
      orderBy: { position: "asc" },
    });
    await setAttendance(db, admin, { participantId: people[0]!.id, attendance: "PRESENT" });

    const csv = await participantsCsv(db, session.id);
    expect(csv?.filename).toBe("teilnehmende-schalter-2027-03-29.csv");
    const lines = csv!.csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "Name;E-Mail;Organisation;Status;Wartelistenplatz;Anwesenheit;Gebucht von;E-Mail Buchung;Telefon;Rechnungsreferenz;Gebucht am",
    );
    expect(lines[1]).toMatch(
      /^Teilnehmerin 1 zoe@amt\.example;zoe@amt\.example;Zivilstandsamt Zürich;Bestätigt;;Anwesend;/,
    );
    expect(lines[3]).toMatch(/;Warteliste;1;;/);

    await moveSession(
      db,
      admin,
      {
        sessionId: session.id,
        date: "2027-03-30",
        startTime: "08:30",
        endTime: "16:00",
        location: "Thun, Schloss",
        address: "",
        message: "Der Saal ist besetzt.",
      },
      NOW,
    );
    const moved = await db.outboxMessage.findMany({
      where: { template: "session-changed", booking: { sessionId: session.id } },
    });
    // Zoë, her second participant and Ueli (waiting list) are told.
    expect(moved.map((mail) => mail.recipient).sort()).toEqual([
      "p1.zoe@amt.example",
      "ueli@amt.example",
      "zoe@amt.example",
    ]);
    const movedMail = await renderMail(moved[0]!.template, moved[0]!.payload);
    expect(movedMail.text).toContain("Dienstag, 30.03.2027, 08:30–16:00 Uhr");
    expect(movedMail.text).toContain("Der Saal ist besetzt.");

    await cancelSession(db, admin, { sessionId: session.id, message: "Leider zu wenige Anmeldungen." }, NOW);
    const cancelled = await db.courseSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(cancelled).toMatchObject({ status: "CANCELLED", seatsTaken: 0 });
    expect(await db.booking.count({ where: { sessionId: session.id, status: { not: "CANCELLED" } } })).toBe(0);
    const cancelMails = await db.outboxMessage.findMany({
      where: {
        template: "session-changed",
        booking: { sessionId: session.id },
        idempotencyKey: { contains: "session-cancelled" },
      },
    });
    expect(cancelMails).toHaveLength(3);
    // Who cancelled a session that mailed everyone booked stays on record, written with the change.
    const trail = await db.auditLog.findMany({
      where: { entityType: "CourseSession", entityId: session.id },
      orderBy: { createdAt: "asc" },
    });
    expect(trail.map((row) => row.action)).toEqual(["session.create", "session.move", "session.cancel"]);
    expect(trail.at(-1)).toMatchObject({ actorId: admin.kind === "user" ? admin.id : null, data: { notified: 2 } });
    const rendered = await renderMail(cancelMails[0]!.template, cancelMails[0]!.payload);
    expect(rendered.subject).toBe("Termin abgesagt: Schwierige Kundengespräche am Schalter");
    expect(String(rendered.attachments[0]?.content)).toMatch(/METHOD:CANCEL/);
    expect((await rejection(bookSeats(db, booking(session.id, "spaet@amt.example"), NOW))).message).toMatch(
      /findet nicht statt/,
    );
  });

  it("admin: a raised capacity confirms the waiting list in order with a mail each; never below the seats taken", async () => {
    const db = getDb();
    const session = await createSession(2, "2027-03-24T08:00:00Z");
    await book(db, booking(session.id, "erika@amt.example", 2), NOW);
    const fritz = await book(db, booking(session.id, "fritz@amt.example", 2), NOW);
    const gabi = await book(db, booking(session.id, "gabi@amt.example", 1), NOW);
    const hans = await book(db, booking(session.id, "hans@amt.example", 2), NOW);
    expect([fritz.status, gabi.status, hans.status]).toEqual(["WAITLISTED", "WAITLISTED", "WAITLISTED"]);

    const refused = await rejection(changeSessionCapacity(db, admin, { sessionId: session.id, capacity: 1 }, NOW));
    expect(refused).toMatchObject({ code: "VALIDATION", field: "capacity" });
    expect(refused.message).toMatch(/schon 2 Plätze belegt/);
    expect((await seatsInvariant(session.id)).capacity).toBe(2);

    // Five seats: Fritz (2) and Gabi (1) fit in list order; Hans (2) does not fit the one left.
    expect(await changeSessionCapacity(db, admin, { sessionId: session.id, capacity: 5 }, NOW)).toEqual({
      promoted: 2,
    });
    const after = await seatsInvariant(session.id);
    expect(after).toMatchObject({ capacity: 5, seatsTaken: 5 });
    for (const id of [fritz.bookingId, gabi.bookingId]) {
      expect(await db.booking.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "CONFIRMED",
        promotedAt: NOW,
      });
      const mail = await db.outboxMessage.findFirstOrThrow({
        where: { bookingId: id, idempotencyKey: { endsWith: ":promoted" } },
      });
      expect((await renderMail(mail.template, mail.payload)).subject).toBe(
        "Sie haben einen Platz erhalten: Schwierige Kundengespräche am Schalter",
      );
    }
    expect(await db.booking.findUniqueOrThrow({ where: { id: hans.bookingId } })).toMatchObject({
      status: "WAITLISTED",
      waitlistPosition: 3,
    });

    // Lowering to exactly the seats taken is allowed and promotes nobody.
    expect(await changeSessionCapacity(db, admin, { sessionId: session.id, capacity: 5 }, NOW)).toEqual({
      promoted: 0,
    });
    expect(
      await db.outboxMessage.count({ where: { bookingId: hans.bookingId, idempotencyKey: { endsWith: ":promoted" } } }),
    ).toBe(0);

    await cancelSession(db, admin, { sessionId: session.id, message: "Die Kursleiterin ist krank." }, NOW);
    expect(
      await rejection(changeSessionCapacity(db, admin, { sessionId: session.id, capacity: 9 }, NOW)),
    ).toMatchObject({
      code: "CONFLICT",
    });
  });
});
