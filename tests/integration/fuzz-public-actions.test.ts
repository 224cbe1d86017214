// Property-based tests: thousands of generated payloads (wrong types, huge strings, control
// characters, markup, SQL-looking text, emoji) against the public server actions. Whatever
// arrives, an action answers with an ActionResult (never a thrown or "unexpected" error), stores
// only valid rows, and markup a visitor typed stays text in the e-mails it causes.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";

import type { ActionResult } from "@/lib/action-result";
import { bookSeatsAction, cancelBookingAction } from "@/lib/booking/actions";
import { bookSeatsSchema } from "@/lib/booking/schemas";
import { bookCallAction, cancelCallAction, rescheduleCallAction } from "@/lib/consultation/actions";
import { listFreeSlots } from "@/lib/consultation/queries";
import { bookCallSchema } from "@/lib/consultation/schemas";
import { getDb } from "@/lib/db";
import { controlCharacterPaths } from "@/lib/input-guard";
import { submitInquiryAction, submitLeadershipInquiryAction } from "@/lib/inquiries/actions";
import { CHALLENGES, emptyInquiry, ORGANISATION_KINDS } from "@/lib/inquiries/schemas";
import { renderMail } from "@/lib/mail/render";
import { openMailPayload } from "@/lib/mail/sealed-payload";
import { acceptProposalAction, requestChangesAction } from "@/lib/proposals/portal-actions";
import { addParticipantsAction, removeParticipantAction } from "@/lib/registration/participants-portal-actions";

import { createTestSession, expectSeatsInvariant } from "../setup/booking-fixtures";

// Outside Next there is no request: each call comes from its own client address (so the rate
// limit, tested on its own, does not end the run early), and revalidation has no cache to expire
// (nor an answer to wait for: work scheduled with `after` runs at once).
let client = 0;
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ "x-anliegen-client": `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client++ & 255}` }),
}));
vi.mock("next/cache", () => ({ revalidateTag: () => undefined }));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => void task(),
}));

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

const INJECTIONS = [
  "<script>alert('x')</script>",
  '"><img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">klick</a>',
  '\'; DROP TABLE "Booking"; --',
  '1 OR 1=1; SELECT * FROM "User"',
  "{{constructor.constructor('alert(1)')()}}",
  "${process.exit(1)}",
];

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom(
    ...INJECTIONS,
    "",
    "   ",
    "\u0000",
    "Zoë\u0000Müller",
    "\u001b[31mrot\u001b[0m",
    "👩‍👩‍👧‍👦🇨🇭",
    "\u202Egnp.exe",
    "a".repeat(100_000),
  ),
  fc.string({ minLength: 2, maxLength: 5000 }),
);

const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string()),
  fc.object(),
);
// Mostly valid, so a good share of payloads gets past validation into the transaction.
const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: valid }, nasty, wrongType);
// fast-check's RFC addresses are mostly stranger than the app accepts: mix in everyday ones.
const email = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9]{1,20}(\.[a-z0-9]{1,10})?@(amt|verwaltung)\.example$/) },
  fc.emailAddress(),
);
const name = fc.oneof(fc.constantFrom("Zoë Müller-Brügger", "Jean-Luc Rüegg"), fc.constantFrom(...INJECTIONS));

let sessionId = "";
let slots: string[] = [];

async function expectActionResult(run: () => Promise<ActionResult<unknown>>) {
  const result = await run();
  expect(typeof result.ok).toBe("boolean");
  if (!result.ok) {
    expect(result.code, result.message).not.toBe("UNEXPECTED");
    expect(result.message.length).toBeGreaterThan(0);
  }
  return result;
}

beforeAll(async () => {
  const db = getDb();
  const course = await db.course.create({
    data: {
      slug: "fuzz",
      title: "Schwierige Gespräche",
      summary: "Kurz",
      audience: "Teams",
      durationNote: "1 Tag",
      priceNote: "CHF 450.00",
      published: true,
    },
  });
  const session = await createTestSession(course.id, 12, new Date(Date.now() + 30 * 24 * 3_600_000).toISOString());
  sessionId = session.id;
  await db.consultationSettings.create({
    data: { id: 1, callMinutes: 30, bufferMinutes: 0, minNoticeHours: 0, maxDaysAhead: 60, changeCutoffHours: 0 },
  });
  await db.availabilityRule.createMany({
    data: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 7 * 60, endMinute: 19 * 60 })),
  });
  slots = (await listFreeSlots(db, new Date(Date.now() + 3_600_000))).map((slot) => slot.startsAt.toISOString());
  expect(slots.length).toBeGreaterThan(100);
});

describe("public actions under generated input", () => {
  it("seat booking: never an unexpected error, only valid rows, seats never above capacity", async () => {
    const participant = fc.record({ name: field(name), email: field(email) });
    const payload = fc.oneof(
      { weight: 1, arbitrary: fc.anything() },
      // Keys left out now and then.
      { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("sessionId", "email", "name", "startsAt"), nasty) },
      {
        weight: 4,
        arbitrary: fc.record({
          sessionId: field(fc.constant(sessionId)),
          contactName: field(name),
          email: field(email),
          phone: field(fc.constantFrom("", "031 123 45 67")),
          organisation: field(fc.constantFrom("Steueramt Luzern", ...INJECTIONS)),
          billingReference: field(fc.constantFrom("", "KST 4711")),
          participants: fc.oneof(
            { weight: 6, arbitrary: fc.array(participant, { minLength: 1, maxLength: 3 }) },
            fc.array(participant, { maxLength: 25 }),
            wrongType,
          ),
          website: fc.oneof(fc.constant(undefined), fc.constant(""), nasty),
        }),
      },
    );
    await fc.assert(
      fc.asyncProperty(payload, (input) => expectActionResult(() => bookSeatsAction(input)).then(() => undefined)),
      { numRuns: RUNS },
    );

    const db = getDb();
    const bookings = await db.booking.findMany({ include: { participants: true } });
    expect(bookings.length).toBeGreaterThan(RUNS / 50);
    for (const booking of bookings) {
      const parsed = bookSeatsSchema.safeParse({
        ...booking,
        phone: booking.phone ?? "",
        billingReference: booking.billingReference ?? "",
        participants: booking.participants.map((p) => ({ name: p.name, email: p.email ?? "" })),
      });
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(controlCharacterPaths(booking)).toEqual([]);
      expect(booking.participants).toHaveLength(booking.seats);
    }
    await expectSeatsInvariant(sessionId, db);
  });

  it("call booking, moving and cancelling, portal answers: never an unexpected error, only valid rows", async () => {
    const payload = fc.oneof(
      { weight: 1, arbitrary: fc.anything() },
      // Keys left out now and then.
      { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("sessionId", "email", "name", "startsAt"), nasty) },
      {
        weight: 4,
        arbitrary: fc.record({
          startsAt: field(fc.constantFrom(...slots)),
          name: field(name),
          organisation: field(fc.constantFrom("Sozialdienst Biel", ...INJECTIONS)),
          email: field(email),
          phone: field(fc.constantFrom("031 123 45 67", "+41 79 000 00 00")),
          topic: field(fc.constantFrom("", "Zwangskunden", ...INJECTIONS)),
          inquiryReference: fc.oneof(fc.constant(undefined), nasty),
          website: fc.oneof(fc.constant(undefined), fc.constant(""), nasty),
        }),
      },
    );
    await fc.assert(
      fc.asyncProperty(payload, (input) => expectActionResult(() => bookCallAction(input)).then(() => undefined)),
      { numRuns: RUNS },
    );
    const token = fc.oneof(fc.record({ token: nasty }), fc.anything());
    await fc.assert(
      fc.asyncProperty(token, fc.oneof(fc.constantFrom(...slots), nasty), async (input, startsAt) => {
        await expectActionResult(() => cancelCallAction(input));
        await expectActionResult(() => cancelBookingAction(input));
        // The client portal's answers take a portal token the same way.
        await expectActionResult(() => acceptProposalAction(input));
        await expectActionResult(() => requestChangesAction(input));
        await expectActionResult(() => addParticipantsAction(input));
        await expectActionResult(() => removeParticipantAction(input));
        await expectActionResult(() =>
          rescheduleCallAction(typeof input === "object" && input ? { ...input, startsAt } : input),
        );
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );

    const calls = await getDb().appointment.findMany();
    expect(calls.length).toBeGreaterThan(RUNS / 50);
    for (const call of calls) {
      const parsed = bookCallSchema.safeParse({
        ...call,
        startsAt: call.startsAt.toISOString(),
        phone: call.phone ?? "",
      });
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(controlCharacterPaths(call)).toEqual([]);
    }
  });

  it("inquiry: never an unexpected error; each stored inquiry complete with its event and both e-mails", async () => {
    const payload = fc.oneof(
      { weight: 1, arbitrary: fc.anything() },
      {
        weight: 5,
        arbitrary: fc
          .record({
            organisationName: field(fc.constantFrom("Steueramt Luzern", ...INJECTIONS)),
            organisationKind: field(fc.constantFrom(...ORGANISATION_KINDS)),
            contactName: field(name),
            email: field(email),
            phone: field(fc.constantFrom("", "031 123 45 67", "+41 31 123 45 67")),
            participants: field(fc.constantFrom("", "12", "0", "99999")),
            challenges: field(fc.subarray([...CHALLENGES])),
            challengesOther: field(fc.constantFrom("", ...INJECTIONS)),
            message: field(fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 4000 }))),
            courseSlug: field(fc.constantFrom("", "fuzz", "gibt-es-nicht")),
            privacyConsent: field(fc.constant(true)),
            website: fc.oneof({ weight: 8, arbitrary: fc.constant("") }, nasty),
          })
          .map((partial) => ({ ...emptyInquiry(), ...partial })),
      },
    );
    await fc.assert(
      fc.asyncProperty(payload, (input) => expectActionResult(() => submitInquiryAction(input)).then(() => undefined)),
      { numRuns: RUNS },
    );
    // The leadership form's action (Führungskultur) answers any payload with the one result shape too.
    await fc.assert(
      fc.asyncProperty(fc.anything(), (input) =>
        expectActionResult(() => submitLeadershipInquiryAction(input)).then(() => undefined),
      ),
      { numRuns: Math.ceil(RUNS / 10) },
    );

    const db = getDb();
    const inquiries = await db.inquiry.findMany({
      include: { events: true, _count: { select: { outbox: true } } },
    });
    expect(inquiries.length).toBeGreaterThan(RUNS / 50);
    for (const inquiry of inquiries) {
      expect(controlCharacterPaths(inquiry)).toEqual([]);
      expect(inquiry.contactName.trim().length).toBeGreaterThanOrEqual(2);
      expect(inquiry.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i);
      expect(inquiry.events.map((event) => event.type)).toEqual(["RECEIVED"]);
      expect(inquiry._count.outbox).toBe(2);
    }
  });

  it("markup typed into a form stays text in the e-mails it causes", async () => {
    const db = getDb();
    const messages = await db.outboxMessage.findMany();
    const tainted = messages.filter((message) =>
      INJECTIONS.some((text) =>
        JSON.stringify(openMailPayload(message.template, message.payload)).includes(text.slice(0, 12)),
      ),
    );
    expect(tainted.length).toBeGreaterThan(0);
    for (const message of tainted) {
      const rendered = await renderMail(message.template, message.payload);
      expect(rendered.html).not.toMatch(/<script>alert|<img src=x onerror|<a href="javascript:/i);
    }
  });
});
