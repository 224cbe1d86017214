// A public course of several days is one run (decision 0037): one session with its days, booked
// once; its seats, waiting list, cancellation and reminder apply to the run as a whole.
import { beforeAll, describe, expect, it } from "vitest";

import { GET as calendarRoute } from "@/app/api/kalender/[file]/route";
import { participantsCsv } from "@/lib/booking/export";
import { getSessionForBooking, listOpenSessions } from "@/lib/booking/queries";
import { sendSessionReminders } from "@/lib/booking/reminders";
import { RUN_MOVE_MESSAGE } from "@/lib/booking/rules";
import type { SessionInput } from "@/lib/booking/schemas";
import { bookSeats, cancelBookingByToken, createSession, moveSession, setAttendance } from "@/lib/booking/service";
import { getRunCertificates } from "@/lib/certificates/queries";
import { getDb } from "@/lib/db";
import { userActor, type Actor } from "@/lib/db/actor";
import { renderMail } from "@/lib/mail/render";
import { calendarTokenFor } from "@/lib/manage-token";

import { createAdmins } from "../setup/admin-fixtures";
import { rejection } from "../setup/app-error";
import { bookAndConfirm, bookingInput, createTestCourse, expectSeatsInvariant } from "../setup/booking-fixtures";

const NOW = new Date("2027-01-04T09:00:00Z");
let courseId = "";
let admin: Actor = { kind: "visitor" };

beforeAll(async () => {
  courseId = (await createTestCourse()).id;
  admin = userActor({ id: (await createAdmins(getDb())).staffId });
});

/** A public two-day run: 27.01.2027 and 03.02.2027, 08:30-16:30 (or the dates given). */
function runInput(capacity: number, first = "2027-01-27", second = "2027-02-03"): SessionInput {
  return {
    courseId,
    title: "",
    date: first,
    startTime: "08:30",
    endTime: "16:30",
    extraDays: [{ date: second, startTime: "08:30", endTime: "16:30" }],
    location: "Bern, Haus der Begegnung",
    address: "Mittelstrasse 6a, 3012 Bern",
    capacity,
    isPublic: true,
    inquiryReference: "",
    bookingDeadline: "",
    priceNote: "",
  };
}

async function mailsOf(bookingId: string, template: string) {
  const db = getDb();
  const rows = await db.outboxMessage.findMany({ where: { bookingId, template }, orderBy: { createdAt: "asc" } });
  return Promise.all(rows.map((row) => renderMail(row.template, row.payload)));
}

describe("public course runs", () => {
  it("is created as one session with its days, listed once with both dates", async () => {
    const db = getDb();
    const run = await createSession(db, admin, runInput(8), NOW);
    const days = await db.courseSessionDay.findMany({ where: { sessionId: run.id }, orderBy: { dayNumber: "asc" } });
    expect(days.map((day) => [day.dayNumber, day.startsAt.toISOString(), day.endsAt.toISOString()])).toEqual([
      [1, "2027-01-27T07:30:00.000Z", "2027-01-27T15:30:00.000Z"],
      [2, "2027-02-03T07:30:00.000Z", "2027-02-03T15:30:00.000Z"],
    ]);
    expect([run.startsAt.toISOString(), run.endsAt.toISOString()]).toEqual([
      "2027-01-27T07:30:00.000Z",
      "2027-02-03T15:30:00.000Z",
    ]);
    const open = (await listOpenSessions({}, NOW)).filter((entry) => entry.id === run.id);
    expect(open).toHaveLength(1);
    expect(open[0]!.days).toEqual([
      { startsAt: "2027-01-27T07:30:00.000Z", endsAt: "2027-01-27T15:30:00.000Z" },
      { startsAt: "2027-02-03T07:30:00.000Z", endsAt: "2027-02-03T15:30:00.000Z" },
    ]);
    expect((await getSessionForBooking(run.id))!.days).toHaveLength(2);
    await db.courseSession.delete({ where: { id: run.id } });
  });

  it("refuses overlapping or out-of-order days at their field, and leaves nothing behind", async () => {
    const db = getDb();
    const before = await db.courseSession.count();
    const overlap = await rejection(createSession(db, admin, runInput(8, "2027-01-27", "2027-01-27"), NOW));
    expect(overlap).toMatchObject({ code: "VALIDATION", field: "extraDays.0.date" });
    expect(overlap.message).toContain("überschneidet sich mit Kurstag 1");
    const order = await rejection(createSession(db, admin, runInput(8, "2027-02-03", "2027-01-27"), NOW));
    expect(order).toMatchObject({ field: "extraDays.0.date", message: "Kurstag 2 muss nach Kurstag 1 liegen." });
    expect(await db.courseSession.count()).toBe(before);
  });

  it("books once for all days: one booking, one confirmation with a calendar entry per day", async () => {
    const db = getDb();
    const run = await createSession(db, admin, runInput(8), NOW);
    const placed = await bookAndConfirm(db, bookingInput(run.id, "anna@amt.example", 2), NOW);
    expect(await db.booking.count({ where: { sessionId: run.id } })).toBe(1);
    expect((await expectSeatsInvariant(run.id)).seatsTaken).toBe(2);

    const placedMails = await mailsOf(placed.bookingId, "booking-placed");
    // The first mail (the seats held, to confirm) comes from the one-statement booking: it too names every day.
    const held = placedMails.find((mail) => !mail.subject.startsWith("Buchung bestätigt"));
    expect(held!.text).toContain("Kurstag 1: Mittwoch, 27.01.2027, 08:30–16:30 Uhr");
    expect(held!.text).toContain("Kurstag 2: Mittwoch, 03.02.2027, 08:30–16:30 Uhr");
    const [confirmation] = placedMails.filter((mail) => mail.subject.startsWith("Buchung bestätigt"));
    expect(confirmation!.text).toContain("Kurstag 1: Mittwoch, 27.01.2027, 08:30–16:30 Uhr");
    expect(confirmation!.text).toContain("Kurstag 2: Mittwoch, 03.02.2027, 08:30–16:30 Uhr");
    expect(confirmation!.attachments.map((file) => file.filename)).toEqual(["kurstag-1.ics", "kurstag-2.ics"]);
    const [first, second] = confirmation!.attachments.map((file) => file.content.toString("utf8"));
    expect(first).toContain("DTSTART;TZID=Europe/Zurich:20270127T083000");
    expect(second).toContain("DTSTART;TZID=Europe/Zurich:20270203T083000");
    expect(first).toMatch(/UID:booking-[0-9a-f-]+-tag-1@/);

    // The calendar link serves both days in one calendar.
    const booking = await db.booking.findUniqueOrThrow({ where: { id: placed.bookingId } });
    expect(booking.status).toBe("CONFIRMED");
    const response = await calendarRoute(new Request("http://localhost/"), {
      params: Promise.resolve({ file: `${calendarTokenFor(placed.token)}.ics` }),
    });
    const feed = await response.text();
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(2);

    // The participant list names the run's days.
    const csv = await participantsCsv(db, run.id);
    expect(csv!.csv).toContain("Kurstage");
    expect(csv!.csv).toContain("27.01.2027, 03.02.2027");

    // The certificate counts the run's two days, not every calendar day between them.
    const [person] = await db.bookingParticipant.findMany({ where: { bookingId: placed.bookingId } });
    await setAttendance(db, admin, { participantId: person!.id, attendance: "PRESENT" });
    const certificates = await getRunCertificates(db, { kind: "session", sessionId: run.id });
    expect(certificates!.days).toHaveLength(2);
    expect(certificates!.participants[0]).toMatchObject({ attendedDays: [1, 2], totalDays: 2 });
  });

  it("counts a seat on the run as a seat on every day: capacity and the waiting list apply to the run", async () => {
    const db = getDb();
    const run = await createSession(db, admin, runInput(2, "2027-01-28", "2027-02-04"), NOW);
    const anna = await bookAndConfirm(db, bookingInput(run.id, "anna.run@amt.example", 2), NOW);
    const beat = await bookSeats(db, bookingInput(run.id, "beat.run@amt.example", 1), NOW);
    expect(beat.status).toBe("WAITLISTED");
    expect((await expectSeatsInvariant(run.id)).seatsTaken).toBe(2);
    const open = (await listOpenSessions({}, NOW)).find((entry) => entry.id === run.id)!;
    expect(open.availability).toMatchObject({ freeSeats: 0, waitingBookings: 1, queuesNewBookings: true });

    // Cancelling through the link frees the seats on the run (all days), and the waiting list moves up.
    const outcome = await cancelBookingByToken(db, anna.token, NOW);
    expect(outcome.promotedBookingIds).toEqual([beat.bookingId]);
    expect((await expectSeatsInvariant(run.id)).seatsTaken).toBe(1);
    const [cancelled] = await mailsOf(anna.bookingId, "booking-cancelled");
    expect(cancelled!.text).toContain("Kurstag 2: Donnerstag, 04.02.2027");
    expect(cancelled!.attachments.map((file) => file.filename)).toEqual(["kurstag-1.ics", "kurstag-2.ics"]);
    expect(cancelled!.attachments[1]!.content.toString("utf8")).toContain("METHOD:CANCEL");
  });

  it("reminds once, before the first day, listing every day; a run is not moved by the one-date form", async () => {
    const db = getDb();
    const run = await createSession(db, admin, runInput(5, "2027-01-29", "2027-02-05"), NOW);
    await bookAndConfirm(db, bookingInput(run.id, "carla.run@amt.example", 1), NOW);
    const beforeFirstDay = new Date("2027-01-27T09:00:00Z");
    const beforeSecondDay = new Date("2027-02-03T09:00:00Z");
    expect(await sendSessionReminders(db, 3, NOW)).toBe(0);
    await sendSessionReminders(db, 3, beforeFirstDay);
    await sendSessionReminders(db, 3, beforeSecondDay);
    const reminders = await db.outboxMessage.findMany({
      where: { template: "session-reminder", recipient: "carla.run@amt.example" },
    });
    expect(reminders).toHaveLength(1);
    const rendered = await renderMail(reminders[0]!.template, reminders[0]!.payload);
    expect(rendered.text).toContain("Kurstag 1: Freitag, 29.01.2027, 08:30–16:30 Uhr");
    expect(rendered.text).toContain("Kurstag 2: Freitag, 05.02.2027, 08:30–16:30 Uhr");

    const moved = await rejection(
      moveSession(
        db,
        admin,
        {
          sessionId: run.id,
          date: "2027-03-01",
          startTime: "08:30",
          endTime: "16:30",
          location: "Bern",
          address: "",
          message: "",
        },
        NOW,
      ),
    );
    expect(moved.message).toBe(RUN_MOVE_MESSAGE);
  });
});
