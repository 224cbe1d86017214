// The rules that must never be wrong are enforced by PostgreSQL itself, whatever the app does.
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";

let sessionId: string;

beforeAll(async () => {
  const db = getDb();
  const course = await db.course.create({
    data: { slug: "k", title: "Kurs", summary: "s", audience: "a", durationNote: "1 Tag", priceNote: "p" },
  });
  const session = await db.courseSession.create({
    data: {
      courseId: course.id,
      startsAt: new Date("2027-03-10T08:00:00Z"),
      endsAt: new Date("2027-03-10T16:00:00Z"),
      location: "Bern",
      capacity: 2,
    },
  });
  sessionId = session.id;
});

function booking(email: string, overrides: Record<string, unknown> = {}) {
  return {
    sessionId,
    status: "CONFIRMED" as const,
    contactName: "Zoë Müller",
    email,
    manageTokenHash: `hash-${email}-${Math.random()}`,
    ...overrides,
  };
}

describe("database guards", () => {
  it("never lets confirmed seats exceed capacity or fall below zero", async () => {
    const db = getDb();
    await expect(db.courseSession.update({ where: { id: sessionId }, data: { seatsTaken: 3 } })).rejects.toThrow(
      /CourseSession_seats_guard/,
    );
    await expect(db.courseSession.update({ where: { id: sessionId }, data: { seatsTaken: -1 } })).rejects.toThrow(
      /CourseSession_seats_guard/,
    );
    await expect(db.courseSession.update({ where: { id: sessionId }, data: { seatsTaken: 2 } })).resolves.toMatchObject(
      { seatsTaken: 2 },
    );
  });

  it("allows one active booking per e-mail address and session, ignoring case", async () => {
    const db = getDb();
    await db.booking.create({ data: booking("zoe@amt.example") });
    await expect(db.booking.create({ data: booking("ZOE@amt.example") })).rejects.toThrow();
    await db.booking.updateMany({ where: { email: "zoe@amt.example" }, data: { status: "CANCELLED" } });
    await expect(db.booking.create({ data: booking("Zoe@amt.example") })).resolves.toBeDefined();
  });

  it("keeps waiting-list positions consistent with the status", async () => {
    const db = getDb();
    await expect(db.booking.create({ data: booking("a@amt.example", { status: "WAITLISTED" }) })).rejects.toThrow(
      /Booking_waitlist_guard/,
    );
    await db.booking.create({ data: booking("b@amt.example", { status: "WAITLISTED", waitlistPosition: 1 }) });
    await expect(
      db.booking.create({ data: booking("c@amt.example", { status: "WAITLISTED", waitlistPosition: 1 }) }),
    ).rejects.toThrow();
  });

  it("refuses overlapping consultation calls, but not a cancelled one", async () => {
    const db = getDb();
    const call = (startsAt: string, endsAt: string, status: "BOOKED" | "CANCELLED" = "BOOKED") => ({
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      status,
      name: "Test",
      email: `${startsAt}@amt.example`,
      manageTokenHash: `call-${startsAt}-${status}`,
    });
    await db.appointment.create({ data: call("2027-03-11T09:00:00Z", "2027-03-11T09:30:00Z") });
    await expect(db.appointment.create({ data: call("2027-03-11T09:15:00Z", "2027-03-11T09:45:00Z") })).rejects.toThrow(
      /Appointment_overlap_guard/,
    );
    await expect(
      db.appointment.create({ data: call("2027-03-11T09:30:00Z", "2027-03-11T10:00:00Z") }),
    ).resolves.toBeDefined();
    await expect(
      db.appointment.create({ data: call("2027-03-11T09:00:00Z", "2027-03-11T09:30:00Z", "CANCELLED") }),
    ).resolves.toBeDefined();
  });

  it("keeps inquiry reference numbers unique", async () => {
    const db = getDb();
    const inquiry = (email: string) => ({
      reference: "ANF-2027-0001",
      organisationName: "Strassenverkehrsamt",
      organisationKind: "CANTONAL_OFFICE" as const,
      contactName: "Test",
      email,
      privacyConsentAt: new Date(),
      responseDueAt: new Date(),
    });
    await db.inquiry.create({ data: inquiry("a@amt.example") });
    await expect(db.inquiry.create({ data: inquiry("b@amt.example") })).rejects.toThrow();
  });
});
