// Team registrations (decision 0031) under the privacy tooling: erasure by address cancels a
// registration whose course has not begun (the seat goes to the first waiting person) and
// anonymises it; retention takes an inquiry's registrations, their days' bookings and its
// registration link along. Nobody else's row changes.
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { systemActor, userActor } from "@/lib/db/actor";
import { exportPersonalData } from "@/lib/privacy/queries";
import { anonymiseExpired, deletePersonalData } from "@/lib/privacy/service";
import { registerTeamMembers } from "@/lib/registration/service";

import { engagementWithDates } from "../setup/registration-fixtures";
import { seededOwnerPerFile } from "../setup/seeded-owner";

const db = () => getDb();
const owner = seededOwnerPerFile();
const RETENTION = { inquiryMonths: 24, bookingMonths: 24, appointmentMonths: 12 };

const person = (name: string, email: string) => ({
  salutation: "MS" as const,
  name,
  email,
  function: "Sachbearbeitung",
  situation: `Schwierige Situation von ${name}`,
  wish: `Wunsch von ${name}`,
});

/** Registers the people in order (seated while the group has room, then waiting). */
async function register(inquiryId: string, people: ReturnType<typeof person>[]) {
  const outcomes = await registerTeamMembers(db(), userActor(owner), { inquiryId, people, source: "ADMIN" });
  return outcomes.map((outcome) => outcome.registrationId);
}

/** Everything of one engagement that erasure or retention might touch, for before/after comparisons. */
async function engagementState(inquiryId: string) {
  return {
    inquiry: await db().inquiry.findUniqueOrThrow({ where: { id: inquiryId } }),
    links: await db().registrationLink.findMany({ where: { inquiryId }, orderBy: { id: "asc" } }),
    registrations: await db().teamRegistration.findMany({
      where: { inquiryId },
      include: { bookings: { include: { participants: true }, orderBy: { id: "asc" } } },
      orderBy: { id: "asc" },
    }),
    sessions: await db().courseSession.findMany({ where: { inquiryId }, orderBy: { startsAt: "asc" } }),
  };
}

const anonymised = (id: string, now: Date) => ({
  name: "Anonymisiert",
  salutation: "NEUTRAL",
  email: `anonym-${id}@anliegen.invalid`,
  function: "",
  situation: "",
  wish: "",
  anonymisedAt: now,
});

describe("erasing an address with a team registration", () => {
  it("cancels it before the course, seats the first waiting person, anonymises it and changes nothing else", async () => {
    const now = new Date();
    const { inquiry } = await engagementWithDates(db(), owner, {
      organisationName: "Zivilstandsamt Biel",
      participants: 2,
    });
    const [zoe, bea, carl, dora] = await register(inquiry.id, [
      person("Zoë Löschmich", "Zoe.Loeschmich@biel.example"),
      person("Bea Bleibt", "bea@biel.example"),
      person("Carl Wartet", "carl@biel.example"),
      person("Dora Wartet", "dora@biel.example"),
    ]);
    const exported = await exportPersonalData(db(), "zoe.loeschmich@biel.example", now);
    expect(exported.registrations).toMatchObject([{ id: zoe, situation: "Schwierige Situation von Zoë Löschmich" }]);
    const before = await engagementState(inquiry.id);

    const counts = await deletePersonalData(db(), systemActor("test"), { email: " ZOE.loeschmich@BIEL.example " }, now);
    expect(counts).toMatchObject({ cancelledRegistrations: 1, registrations: 1, bookings: 2, cancelledBookings: 0 });

    const after = await engagementState(inquiry.id);
    const row = (state: typeof after, id: string | undefined) => state.registrations.find((entry) => entry.id === id)!;
    // The erased person: cancelled as a whole, every personal field gone, days' bookings too.
    expect(row(after, zoe)).toMatchObject({
      ...anonymised(zoe!, now),
      status: "CANCELLED",
      waitlistPosition: null,
      cancelledAt: now,
    });
    for (const booking of row(after, zoe).bookings) {
      expect(booking).toMatchObject({
        status: "CANCELLED",
        contactName: "Anonymisiert",
        email: `anonym-${booking.id}@anliegen.invalid`,
      });
      expect(booking.participants).toMatchObject([{ name: "Anonymisiert", email: null }]);
    }
    // Carl, first on the waiting list, has the freed seat on every day, and is told so.
    expect(row(after, carl)).toMatchObject({ status: "REGISTERED", waitlistPosition: null, promotedAt: now });
    expect(row(after, carl).bookings.map((booking) => [booking.sessionId, booking.status])).toEqual(
      after.sessions.map((session) => [session.id, "CONFIRMED"]),
    );
    expect(await db().outboxMessage.count({ where: { idempotencyKey: `registration:${carl}:PROMOTED` } })).toBe(1);
    expect(after.sessions.map((session) => session.seatsTaken)).toEqual([2, 2]);
    // Nothing else moved: Bea, Dora, the inquiry, its link and the days apart from their seats.
    expect(row(after, bea)).toEqual(row(before, bea));
    expect(row(after, dora)).toEqual(row(before, dora));
    expect(after.inquiry).toEqual(before.inquiry);
    expect(after.links).toEqual(before.links);
    expect(after.sessions.map(({ seatsTaken: _, updatedAt: __, ...rest }) => rest)).toEqual(
      before.sessions.map(({ seatsTaken: _, updatedAt: __, ...rest }) => rest),
    );
    // Nothing left to find about the address.
    const left = await exportPersonalData(db(), "zoe.loeschmich@biel.example", now);
    expect([left.registrations, left.bookings, left.emails]).toEqual([[], [], []]);
  });

  it("keeps the registration of a course under way, anonymised; only the days ahead are freed", async () => {
    const { inquiry, sessions } = await engagementWithDates(db(), owner, {
      organisationName: "Grundbuchamt Biel",
      participants: 1,
    });
    const [eva, finn] = await register(inquiry.id, [
      person("Eva Kursmitte", "eva@grundbuch.example"),
      person("Finn Wartet", "finn@grundbuch.example"),
    ]);
    const before = await engagementState(inquiry.id);
    // An hour into the first day.
    const now = new Date(sessions[0]!.startsAt.getTime() + 3_600_000);

    const counts = await deletePersonalData(db(), systemActor("test"), { email: "eva@grundbuch.example" }, now);
    expect(counts).toMatchObject({ cancelledRegistrations: 0, registrations: 1, cancelledBookings: 1 });

    const after = await engagementState(inquiry.id);
    const evaAfter = after.registrations.find((entry) => entry.id === eva)!;
    expect(evaAfter).toMatchObject({ ...anonymised(eva!, now), status: "REGISTERED", cancelledAt: null });
    expect(evaAfter.bookings.map((booking) => [booking.sessionId, booking.status])).toEqual([
      [sessions[0]!.id, "CONFIRMED"],
      [sessions[1]!.id, "CANCELLED"],
    ]);
    expect(after.sessions.map((session) => session.seatsTaken)).toEqual([1, 0]);
    // Once the course has begun nobody moves up.
    expect(after.registrations.find((entry) => entry.id === finn)).toEqual(
      before.registrations.find((entry) => entry.id === finn),
    );
  });
});

describe("retention with team registrations", () => {
  it("anonymises an old inquiry's registrations with their days' bookings and deletes its link", async () => {
    const now = new Date();
    const old = await engagementWithDates(db(), owner, { organisationName: "Steueramt Solothurn", participants: 1 });
    const [gina, hans] = await register(old.inquiry.id, [
      person("Gina Alt", "gina@solothurn.example"),
      person("Hans Alt", "hans@solothurn.example"),
    ]);
    const young = await engagementWithDates(db(), owner, { organisationName: "Steueramt Olten" });
    await register(young.inquiry.id, [person("Ida Jung", "ida@olten.example")]);
    // The old engagement was last touched years ago.
    const longAgo = new Date("2020-01-15T08:00:00Z");
    await db().$executeRaw`
      UPDATE "Inquiry" SET "receivedAt" = ${longAgo}, "closedAt" = ${longAgo}, "updatedAt" = ${longAgo}
       WHERE id = ${old.inquiry.id}::uuid`;
    const before = await engagementState(old.inquiry.id);
    const youngBefore = await engagementState(young.inquiry.id);
    expect(before.links.length).toBeGreaterThan(0);

    const counts = await anonymiseExpired(db(), systemActor("anonymise-expired"), RETENTION, now);
    expect(counts.registrations).toBe(2);

    const after = await engagementState(old.inquiry.id);
    expect(after.inquiry.anonymisedAt).toEqual(now);
    expect(after.links).toEqual([]);
    for (const [id, status] of [
      [gina, "REGISTERED"],
      [hans, "WAITLISTED"],
    ] as const) {
      const registration = after.registrations.find((entry) => entry.id === id)!;
      const previous = before.registrations.find((entry) => entry.id === id)!;
      // Retention cancels nothing: status, list place and seats stay for the statistics.
      expect(registration).toMatchObject({
        ...anonymised(id!, now),
        status,
        waitlistPosition: previous.waitlistPosition,
      });
      for (const booking of registration.bookings) {
        expect(booking).toMatchObject({ status: "CONFIRMED", contactName: "Anonymisiert", anonymisedAt: now });
        expect(booking.participants).toMatchObject([{ name: "Anonymisiert", email: null }]);
      }
    }
    expect(after.sessions.map((session) => session.seatsTaken)).toEqual(
      before.sessions.map((session) => session.seatsTaken),
    );
    expect(await db().outboxMessage.count({ where: { inquiryId: old.inquiry.id } })).toBe(0);
    // The younger engagement is untouched.
    expect(await engagementState(young.inquiry.id)).toEqual(youngBefore);
    // A second run finds nothing more.
    expect((await anonymiseExpired(db(), systemActor("anonymise-expired"), RETENTION, now)).registrations).toBe(0);
  });
});
