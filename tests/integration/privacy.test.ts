import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { systemActor } from "@/lib/db/actor";
import { enqueueMail } from "@/lib/mail/outbox";
import { exportPersonalData } from "@/lib/privacy/queries";
import { anonymiseExpired, deletePersonalData } from "@/lib/privacy/service";

const NOW = new Date("2027-06-01T08:00:00Z");
const RETENTION = { inquiryMonths: 24, bookingMonths: 24, appointmentMonths: 12 };
let courseId = "";

const monthsAgo = (months: number) => new Date(NOW.getTime() - months * 30.5 * 24 * 3_600_000);

async function inquiry(email: string, receivedAt: Date) {
  const db = getDb();
  const row = await db.inquiry.create({
    data: {
      reference: `ANF-T-${randomUUID().slice(0, 8)}`,
      organisationName: "Steueramt Luzern",
      organisationKind: "CANTONAL_OFFICE",
      contactName: `Kontakt ${email}`,
      email,
      phone: "041 123 45 67",
      message: "Unser Team erlebt am Schalter viel Druck.",
      privacyConsentAt: receivedAt,
      receivedAt,
      responseDueAt: receivedAt,
    },
  });
  // updatedAt is set by Prisma on write; age it as an untouched inquiry would be.
  await db.$executeRaw`UPDATE "Inquiry" SET "updatedAt" = ${receivedAt} WHERE id = ${row.id}::uuid`;
  await db.$transaction((tx) =>
    enqueueMail(tx, {
      template: "message",
      props: { subject: "Ihre Anfrage", body: "Grüezi", reference: row.reference },
      to: email,
      idempotencyKey: `inquiry-${row.id}`,
      inquiryId: row.id,
    }),
  );
  return row;
}

async function booking(email: string, startsAt: Date) {
  const db = getDb();
  const session = await db.courseSession.create({
    data: { courseId, startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3_600_000), location: "Bern", capacity: 12 },
  });
  return db.booking.create({
    data: {
      sessionId: session.id,
      status: "CONFIRMED",
      contactName: `Kontakt ${email}`,
      email,
      phone: "031 000 00 00",
      organisation: "Betreibungsamt Thun",
      manageTokenHash: randomUUID(),
      participants: { create: [{ name: "Zoë Teilnehmerin", email, position: 0 }] },
    },
  });
}

async function appointment(email: string, startsAt: Date) {
  return getDb().appointment.create({
    data: {
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      name: `Anrufer ${email}`,
      email,
      topic: "Zwangskunden",
      manageTokenHash: randomUUID(),
    },
  });
}

beforeAll(async () => {
  const course = await getDb().course.create({
    data: {
      slug: "privacy-course",
      title: "Kurs",
      summary: "Kurz",
      audience: "Teams",
      durationNote: "1 Tag",
      priceNote: "CHF 450.00",
      published: true,
    },
  });
  courseId = course.id;
});

describe("retention", () => {
  it("anonymises inquiries, bookings and calls past their retention and leaves younger ones alone", async () => {
    const db = getDb();
    const oldInquiry = await inquiry("alt@amt.example", monthsAgo(30));
    const newInquiry = await inquiry("neu@amt.example", monthsAgo(6));
    const oldBooking = await booking("alt.kurs@amt.example", monthsAgo(26));
    const newBooking = await booking("neu.kurs@amt.example", monthsAgo(3));
    const oldCall = await appointment("alt.call@amt.example", monthsAgo(13));
    const newCall = await appointment("neu.call@amt.example", monthsAgo(2));

    expect(await anonymiseExpired(db, systemActor("anonymise-expired"), RETENTION, NOW)).toEqual({
      inquiries: 1,
      bookings: 1,
      appointments: 1,
      registrations: 0,
    });

    const inquiryAfter = await db.inquiry.findUniqueOrThrow({ where: { id: oldInquiry.id } });
    expect(inquiryAfter).toMatchObject({
      contactName: "Anonymisiert",
      email: `anonym-${oldInquiry.id}@anliegen.invalid`,
      phone: null,
      message: null,
      anonymisedAt: NOW,
      organisationKind: "CANTONAL_OFFICE",
      reference: oldInquiry.reference,
    });
    expect(await db.outboxMessage.count({ where: { inquiryId: oldInquiry.id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { inquiryId: newInquiry.id } })).toBe(1);
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: newInquiry.id } })).email).toBe("neu@amt.example");

    const bookingAfter = await db.booking.findUniqueOrThrow({
      where: { id: oldBooking.id },
      include: { participants: true },
    });
    expect(bookingAfter).toMatchObject({ contactName: "Anonymisiert", phone: null, organisation: "", seats: 1 });
    expect(bookingAfter.participants[0]).toMatchObject({ name: "Anonymisiert", email: null });
    expect((await db.booking.findUniqueOrThrow({ where: { id: newBooking.id } })).anonymisedAt).toBeNull();

    expect(await db.appointment.findUniqueOrThrow({ where: { id: oldCall.id } })).toMatchObject({
      name: "Anonymisiert",
      topic: "",
    });
    expect((await db.appointment.findUniqueOrThrow({ where: { id: newCall.id } })).anonymisedAt).toBeNull();

    // A second run finds nothing more to do.
    expect(await anonymiseExpired(db, systemActor("anonymise-expired"), RETENTION, NOW)).toEqual({
      inquiries: 0,
      bookings: 0,
      appointments: 0,
      registrations: 0,
    });
  });

  it("takes the copies along: the designer's draft and mails that name the inquiry", async () => {
    const db = getDb();
    const old = await inquiry("kopie.alt@amt.example", monthsAgo(30));
    const young = await inquiry("kopie.neu@amt.example", monthsAgo(2));
    await db.courseDesign.create({
      data: { inquiryId: old.id, title: "Kurs", situation: "Aus Ihrer Anfrage: «Druck am Schalter»", venue: "Saal" },
    });
    const digest = (reference: string, key: string) =>
      db.$transaction((tx) =>
        enqueueMail(tx, {
          template: "message",
          props: { subject: "Anfragen", body: `Offen: ${reference}` },
          to: "markus@anliegen.example",
          idempotencyKey: key,
        }),
      );
    const oldDigest = await digest(old.reference, "digest-old");
    const youngDigest = await digest(young.reference, "digest-young");

    await anonymiseExpired(db, systemActor("anonymise-expired"), RETENTION, NOW);

    expect(await db.courseDesign.findUniqueOrThrow({ where: { inquiryId: old.id } })).toMatchObject({
      situation: "",
      venue: "",
    });
    expect(await db.outboxMessage.findUnique({ where: { id: oldDigest.id } })).toBeNull();
    expect(await db.outboxMessage.findUnique({ where: { id: youngDigest.id } })).not.toBeNull();
  });

  it("finds nothing more to do on a second run", async () => {
    const db = getDb();
    expect(await anonymiseExpired(db, systemActor("anonymise-expired"), RETENTION, NOW)).toEqual({
      inquiries: 0,
      bookings: 0,
      appointments: 0,
      registrations: 0,
    });
  });
});

describe("access and erasure for one address", () => {
  it("exports everything about an address, whatever its case, and nothing about others", async () => {
    const db = getDb();
    await inquiry("Zoe.Export@Amt.example", monthsAgo(1));
    await booking("zoe.export@amt.example", monthsAgo(2));
    await appointment("zoe.export@amt.example", monthsAgo(1));
    await inquiry("someone.else@amt.example", monthsAgo(1));

    const data = await exportPersonalData(db, " ZOE.EXPORT@amt.example ", NOW);
    expect(data.email).toBe("zoe.export@amt.example");
    expect(data.inquiries).toHaveLength(1);
    expect(data.bookings).toHaveLength(1);
    expect(data.bookings[0]!.participants[0]!.name).toBe("Zoë Teilnehmerin");
    expect(data.appointments).toHaveLength(1);
    expect(data.emails).toHaveLength(1);
    const text = JSON.stringify(data);
    expect(text).not.toContain("someone.else");
    expect(text).not.toContain("manageTokenHash");
  });

  it("cancels a seat still ahead, then erases everything and logs only counts", async () => {
    const db = getDb();
    const email = "zoe.delete@amt.example";
    await inquiry(email, monthsAgo(1));
    const future = await booking(email, new Date(NOW.getTime() + 10 * 24 * 3_600_000));
    await db.courseSession.update({ where: { id: future.sessionId }, data: { seatsTaken: 1 } });

    const counts = await deletePersonalData(db, systemActor("test"), { email: email }, NOW);
    expect(counts).toMatchObject({ inquiries: 1, bookings: 1, appointments: 0, participants: 0, cancelledBookings: 1 });
    expect(await db.booking.findUniqueOrThrow({ where: { id: future.id } })).toMatchObject({ status: "CANCELLED" });
    expect((await db.courseSession.findUniqueOrThrow({ where: { id: future.sessionId } })).seatsTaken).toBe(0);

    const left = await exportPersonalData(db, email, NOW);
    expect([left.inquiries, left.bookings, left.appointments, left.participations, left.emails]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "privacy.erase" },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.stringify(audit)).not.toContain("zoe.delete");
  });
});
