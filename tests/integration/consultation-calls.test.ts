import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";

import { findCallByToken, getCallBookingPage, listFreeSlots } from "@/lib/consultation/queries";
import {
  bookCall,
  CALL_LAPSED_MESSAGE,
  cancelCallByToken,
  CALL_LINK_SPENT_MESSAGE,
  confirmCallByToken,
  recordCallOutcome,
  releaseLapsedCallHolds,
  rescheduleCallByToken,
  SLOT_TAKEN_MESSAGE,
} from "@/lib/consultation/service";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { AppError } from "@/lib/errors";
import { renderMail } from "@/lib/mail/render";
import { newManageToken } from "@/lib/manage-token";

import { createAdmins } from "../setup/admin-fixtures";

// Monday 23.11.2026, 08:00 in Zurich. Calls: Tuesday and Wednesday 09:00-11:00, 30 min + 15 min buffer.
const NOW = new Date("2026-11-23T07:00:00Z");
const TUESDAY_0900 = "2026-11-24T08:00:00.000Z";
const TUESDAY_0945 = "2026-11-24T08:45:00.000Z";

/** A cantonal office's inquiry whose confirmation mail carried the call-booking token `callTokenHash` hashes. */
function inquiryAwaitingCall(
  callTokenHash: string,
  data: { reference: string; organisationName: string; contactName: string; email: string; phone?: string },
) {
  return getDb().inquiry.create({
    data: {
      ...data,
      callTokenHash,
      organisationKind: "CANTONAL_OFFICE",
      privacyConsentAt: NOW,
      responseDueAt: NOW,
    },
  });
}

function visitor(email: string, startsAt = TUESDAY_0900) {
  return {
    startsAt,
    salutation: "MS" as const,
    name: "Zoë Müller-Brügger",
    organisation: "Strassenverkehrsamt Bern",
    email,
    phone: "031 123 45 67",
    topic: "Gespräche am Schalter, die eskalieren",
  };
}

async function expectAppError(promise: Promise<unknown>, code: string, message: string | RegExp, field?: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).message).toMatch(message);
  if (field) expect((error as AppError).field).toBe(field);
}

beforeAll(async () => {
  const db = getDb();
  await db.consultationSettings.create({
    data: { id: 1, callMinutes: 30, bufferMinutes: 15, minNoticeHours: 12, maxDaysAhead: 40, changeCutoffHours: 12 },
  });
  await db.availabilityRule.createMany({
    data: [2, 3].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 11 * 60 })),
  });
});

describe("consultation calls", () => {
  it("offers the weekly slots, blocks Bernese public holidays on request, and honours extra hours", async () => {
    const db = getDb();
    const dates = async () =>
      new Set((await listFreeSlots(db, NOW)).map((slot) => slot.startsAt.toISOString().slice(0, 10)));
    expect((await listFreeSlots(db, NOW))[0]?.startsAt.toISOString()).toBe(TUESDAY_0900);
    // Fridays too for this test: 25.12.2026 (Christmas) is a Friday, 18.12 an ordinary one.
    const friday = await db.availabilityRule.create({ data: { weekday: 5, startMinute: 540, endMinute: 660 } });
    let open = await dates();
    expect(open.has("2026-12-18")).toBe(true);
    expect(open.has("2026-12-25")).toBe(false);
    await db.consultationSettings.update({ where: { id: 1 }, data: { blockPublicHolidays: false } });
    expect((await dates()).has("2026-12-25")).toBe(true);
    await db.consultationSettings.update({ where: { id: 1 }, data: { blockPublicHolidays: true } });
    // A blocked day (absence) closes it; extra hours on a holiday count: the consultant opened them on purpose.
    await db.availabilityException.createMany({
      data: [
        { date: new Date("2026-12-18T00:00:00Z"), kind: "BLOCKED", reason: "Ferien" },
        { date: new Date("2026-12-25T00:00:00Z"), kind: "EXTRA", startMinute: 600, endMinute: 660 },
      ],
    });
    open = await dates();
    expect(open.has("2026-12-18")).toBe(false);
    expect(open.has("2026-12-25")).toBe(true);
    await db.availabilityRule.delete({ where: { id: friday.id } });
    await db.availabilityException.deleteMany({});
  });

  it("never gives one slot to two people: the database decides, the loser gets a clear message", async () => {
    const db = getDb();
    const results = await Promise.allSettled([
      bookCall(db, visitor("erste@amt.example"), NOW),
      bookCall(db, visitor("zweite@amt.example"), NOW),
    ]);
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result) => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = (lost[0] as PromiseRejectedResult).reason as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.field).toBe("startsAt");
    expect([SLOT_TAKEN_MESSAGE, expect.stringMatching(/nicht \(mehr\) frei/)]).toContainEqual(error.message);
    expect(await db.appointment.count({ where: { startsAt: new Date(TUESDAY_0900), status: "BOOKED" } })).toBe(1);

    // The same race forced past the free-slot check: the exclusion constraint alone refuses it.
    await expect(
      db.appointment.create({
        data: {
          startsAt: new Date("2026-11-24T08:15:00Z"),
          endsAt: new Date("2026-11-24T08:45:00Z"),
          name: "Vordrängler",
          email: "v@amt.example",
          manageTokenHash: "x".repeat(64),
        },
      }),
    ).rejects.toThrow();
    // The slot is gone from the list for everyone else.
    const slots = await listFreeSlots(db, NOW);
    expect(slots.map((slot) => slot.startsAt.toISOString())).not.toContain(TUESDAY_0900);
  });

  it("turns the guard's refusal into the message at the slot field when the check could not see it", async () => {
    const db = getDb();
    // Simulate a booking that commits between the free-slot check and the insert.
    const startsAt = "2026-11-25T08:00:00.000Z";
    const slots = await listFreeSlots(db, NOW);
    expect(slots.map((slot) => slot.startsAt.toISOString())).toContain(startsAt);
    const original = db.appointment.findMany.bind(db.appointment);
    let raced = false;
    db.appointment.findMany = (async (...args: Parameters<typeof original>) => {
      const result = await original(...args);
      if (!raced) {
        raced = true;
        await bookCall(db, visitor("schneller@amt.example", startsAt), NOW);
      }
      return result;
    }) as typeof original;
    try {
      await expectAppError(
        bookCall(db, visitor("langsamer@amt.example", startsAt), NOW),
        "CONFLICT",
        SLOT_TAKEN_MESSAGE,
        "startsAt",
      );
    } finally {
      db.appointment.findMany = original;
    }
    expect(await db.appointment.count({ where: { email: "langsamer@amt.example" } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { recipient: "langsamer@amt.example" } })).toBe(0);
  });

  it("holds the slot until the visitor confirms from the mail; the hold lapses and frees the slot", async () => {
    const db = getDb();
    const slot = "2026-12-08T09:30:00.000Z";
    const held = await bookCall(db, visitor("halten@amt.example", slot), NOW);
    expect(held.holdExpiresAt?.toISOString()).toBe("2026-11-23T07:30:00.000Z");
    const free = async (at: Date) => (await listFreeSlots(db, at)).some((s) => s.startsAt.toISOString() === slot);
    expect(await free(NOW)).toBe(false);
    // Only the visitor hears of a held call: the link to confirm, until when, no calendar entry yet.
    const mails = await db.outboxMessage.findMany({ where: { appointmentId: held.appointmentId } });
    expect(mails.map((mail) => mail.recipient)).toEqual(["halten@amt.example"]);
    const rendered = await renderMail(mails[0]!.template, mails[0]!.payload);
    expect(rendered.subject).toBe("Bitte bestätigen Sie Ihr Erstgespräch");
    // The salutation chosen in the form, with the family name.
    expect(rendered.text).toMatch(/^Guten Tag Frau Müller-Brügger$/m);
    expect(rendered.text).toContain(
      "Bitte bestätigen Sie Ihre Buchung bis Montag, 23. November, 08:30 Uhr über den Link unten.",
    );
    expect(rendered.text).toContain(`http://localhost:3000/termin/${held.token}`);
    expect(rendered.attachments).toHaveLength(0);

    // Unconfirmed at the end of the hold: the slot is free again at once, confirming is refused.
    const lapse = new Date("2026-11-23T07:30:00Z");
    expect(await free(lapse)).toBe(true);
    await expectAppError(confirmCallByToken(db, held.token, lapse), "EXPIRED", CALL_LAPSED_MESSAGE);
    // Someone else books the slot; the lapsed hold is cancelled in the same transaction.
    const other = await bookCall(db, visitor("danach@amt.example", slot), lapse);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: held.appointmentId } })).toMatchObject({
      status: "CANCELLED",
    });
    // The worker's sweep cancels what lapsed without a booking in between; no mail to the unconfirmed address.
    expect(await releaseLapsedCallHolds(db, new Date("2026-11-23T08:00:00Z"))).toBe(1);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: other.appointmentId } })).toMatchObject({
      status: "CANCELLED",
    });
    expect(await db.outboxMessage.count({ where: { appointmentId: held.appointmentId } })).toBe(1);
  });

  it("confirms to both sides with a calendar invitation in Zurich time and a manage link", async () => {
    const db = getDb();
    const booked = await bookCall(db, visitor("ics@amt.example", TUESDAY_0945), NOW);
    expect(await confirmCallByToken(db, booked.token, NOW)).toEqual({ alreadyConfirmed: false });
    expect(await confirmCallByToken(db, booked.token, NOW)).toEqual({ alreadyConfirmed: true });
    const mails = await db.outboxMessage.findMany({
      where: { appointmentId: booked.appointmentId },
      orderBy: { createdAt: "asc" },
    });
    expect(mails.map((mail) => mail.recipient).sort()).toEqual([
      "ics@amt.example",
      "ics@amt.example",
      "markus@anliegen.example",
    ]);
    const visitorMail = mails.find((mail) => mail.idempotencyKey.endsWith(":booked:visitor"))!;
    const rendered = await renderMail(visitorMail.template, visitorMail.payload);
    expect(rendered.subject).toBe("Ihr Erstgespräch ist bestätigt");
    expect(rendered.text).toContain("Dienstag, 24.11.2026, 09:45–10:15 Uhr");
    expect(rendered.text).toContain(`http://localhost:3000/termin/${booked.token}`);
    expect(rendered.sensitive).toBe(true);
    const [attachment] = rendered.attachments;
    expect(attachment?.contentType).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(String(attachment?.content)));
    ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent("vtimezone")!), "Europe/Zurich");
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.startDate.toString()).toBe("2026-11-24T09:45:00");
    expect(event.startDate.toJSDate().toISOString()).toBe(TUESDAY_0945);
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-11-24T09:15:00.000Z");
    // The consultant's copy links to the calls in the admin area, and carries no manage link.
    const consultantMail = await renderMail(
      "call-booked",
      mails.find((mail) => mail.recipient === "markus@anliegen.example")!.payload,
    );
    expect(consultantMail.text).toContain("http://localhost:3000/admin/erstgespraeche");
    expect(consultantMail.text).not.toContain("/termin/");
    // The link is stored only as a hash.
    const row = await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } });
    expect(row.manageTokenHash).not.toContain(booked.token);
    expect((await findCallByToken(db, booked.token))?.id).toBe(booked.appointmentId);
  });

  it("moves a call: the old link is spent, the new one works, and the time may overlap the old one", async () => {
    const db = getDb();
    const first = await bookCall(db, visitor("verschieben@amt.example", "2026-11-25T08:45:00.000Z"), NOW);
    await confirmCallByToken(db, first.token, NOW);
    const moved = await rescheduleCallByToken(db, first.token, new Date("2026-11-25T09:30:00.000Z"), NOW);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: first.appointmentId } })).toMatchObject({
      status: "RESCHEDULED",
    });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: moved.appointmentId } })).toMatchObject({
      status: "BOOKED",
      rescheduledFromId: first.appointmentId,
    });
    await expectAppError(cancelCallByToken(db, first.token, NOW), "EXPIRED", CALL_LINK_SPENT_MESSAGE);
    await expectAppError(
      rescheduleCallByToken(db, first.token, new Date("2026-12-01T08:00:00.000Z"), NOW),
      "EXPIRED",
      CALL_LINK_SPENT_MESSAGE,
    );
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { appointmentId: moved.appointmentId, recipient: "verschieben@amt.example" },
    });
    const rendered = await renderMail(mail.template, mail.payload);
    expect(rendered.subject).toBe("Ihr Erstgespräch ist verschoben");
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(String(rendered.attachments[0]?.content))).getFirstSubcomponent("vevent")!,
    );
    // Same calendar entry as the first booking, one version later.
    expect(event.uid).toContain(first.appointmentId);
    expect(event.sequence).toBe(1);
  });

  it("cancels once by link, then the link is spent; it also stops at the cut-off", async () => {
    const db = getDb();
    const booked = await bookCall(db, visitor("absagen@amt.example", "2026-12-01T08:00:00.000Z"), NOW);
    await confirmCallByToken(db, booked.token, NOW);
    await cancelCallByToken(db, booked.token, NOW);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } })).toMatchObject({
      status: "CANCELLED",
    });
    await expectAppError(cancelCallByToken(db, booked.token, NOW), "EXPIRED", CALL_LINK_SPENT_MESSAGE);
    const cancelMails = await db.outboxMessage.findMany({
      where: { appointmentId: booked.appointmentId, template: "call-cancelled" },
    });
    expect(cancelMails).toHaveLength(2);
    const rendered = await renderMail(cancelMails[0]!.template, cancelMails[0]!.payload);
    expect(String(rendered.attachments[0]?.content)).toMatch(/METHOD:CANCEL[\s\S]*STATUS:CANCELLED/);
    const toConsultant = cancelMails.find((mail) => mail.recipient === "markus@anliegen.example")!;
    expect((await renderMail(toConsultant.template, toConsultant.payload)).text).toContain(
      "http://localhost:3000/admin/erstgespraeche",
    );

    // The slot is free again, and can be booked by someone else.
    const again = await bookCall(db, visitor("nachher@amt.example", "2026-12-01T08:00:00.000Z"), NOW);
    await confirmCallByToken(db, again.token, NOW);
    // 11 hours before the call (cut-off 12 hours) the link refuses, and the call stays booked.
    const late = new Date("2026-11-30T21:00:00Z");
    await expectAppError(cancelCallByToken(db, again.token, late), "EXPIRED", /12 Stunden/);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: again.appointmentId } })).toMatchObject({
      status: "BOOKED",
    });
    await expectAppError(cancelCallByToken(db, "kein-gültiger-token", NOW), "NOT_FOUND", /gibt es nicht/);
  });

  it("links a call to an inquiry by the token from its confirmation mail, never by the reference", async () => {
    const db = getDb();
    const callToken = newManageToken();
    const inquiry = await inquiryAwaitingCall(callToken.hash, {
      reference: "ANF-2026-0042",
      organisationName: "Betreibungsamt Thun",
      contactName: "Jürg Bärtschi",
      email: "juerg@amt.example",
      phone: "033 225 11 11",
    });
    // The reference alone neither prefills the form nor ties a call to the inquiry.
    expect((await getCallBookingPage("ANF-2026-0042", NOW)).inquiry).toBeNull();
    const stranger = await bookCall(
      db,
      { ...visitor("fremd@example.com", "2026-12-02T08:45:00.000Z"), inquiryToken: "ANF-2026-0042" },
      NOW,
    );
    const sneaky = await bookCall(
      db,
      {
        ...visitor("fremd2@example.com", "2026-12-02T09:30:00.000Z"),
        // A field the form used to send: ignored now.
        ...({ inquiryReference: "ANF-2026-0042" } as object),
      },
      NOW,
    );
    for (const call of [stranger, sneaky]) {
      expect(await db.appointment.findUniqueOrThrow({ where: { id: call.appointmentId } })).toMatchObject({
        inquiryId: null,
      });
    }
    expect(await db.inquiryEvent.count({ where: { inquiryId: inquiry.id } })).toBe(0);

    // With the token, the form shows the inquiry's contact details and the call is tied to it.
    const page = await getCallBookingPage(callToken.token, NOW);
    expect(page.inquiry).toMatchObject({
      reference: "ANF-2026-0042",
      contactName: "Jürg Bärtschi",
      organisationName: "Betreibungsamt Thun",
      email: "juerg@amt.example",
      phone: "033 225 11 11",
    });
    const booked = await bookCall(
      db,
      { ...visitor("juerg@amt.example", "2026-12-02T08:00:00.000Z"), inquiryToken: callToken.token },
      NOW,
    );
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } })).toMatchObject({
      inquiryId: inquiry.id,
    });
    const events = await db.inquiryEvent.findMany({ where: { inquiryId: inquiry.id, type: "APPOINTMENT_BOOKED" } });
    expect(events).toHaveLength(1);
    // Zurich time as people read it, never the UTC timestamp (08:00Z is 09:00 in December).
    expect(events[0]!.body).toBe("Erstgespräch gebucht für Mittwoch, 02.12.2026, 09:00 Uhr");
  });

  it("records a past call as held or missed once, with an event on its inquiry; an upcoming one only cancels", async () => {
    const db = getDb();
    const { staffId } = await createAdmins(db);
    const callToken = newManageToken();
    const inquiry = await inquiryAwaitingCall(callToken.hash, {
      reference: "ANF-2026-0043",
      organisationName: "Steuerverwaltung Luzern",
      contactName: "Anna Frei",
      email: "anna@steuern.example",
    });
    const held = await bookCall(
      db,
      { ...visitor("anna@steuern.example", "2026-12-08T08:00:00.000Z"), inquiryToken: callToken.token },
      NOW,
    );
    const missed = await bookCall(db, visitor("beat@gemeinde.example", "2026-12-09T08:00:00.000Z"), NOW);
    const afterBoth = new Date("2026-12-09T09:00:00Z");
    // The staff member records what became of a call, at `at`.
    const recordOutcome = (appointmentId: string, outcome: "COMPLETED" | "NO_SHOW", at: Date) =>
      recordCallOutcome(db, userActor({ id: staffId }), { appointmentId, outcome }, at);

    // Before its start a call can only be cancelled.
    await expectAppError(recordOutcome(held.appointmentId, "COMPLETED", NOW), "CONFLICT", /noch nicht begonnen/);

    await recordOutcome(held.appointmentId, "COMPLETED", afterBoth);
    await recordOutcome(missed.appointmentId, "NO_SHOW", afterBoth);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: held.appointmentId } })).toMatchObject({
      status: "COMPLETED",
    });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: missed.appointmentId } })).toMatchObject({
      status: "NO_SHOW",
    });
    const events = await db.inquiryEvent.findMany({ where: { inquiryId: inquiry.id, type: "NOTE" } });
    expect(events).toEqual([
      expect.objectContaining({
        actorId: staffId,
        body: "Erstgespräch vom 08.12.2026, 09:00 hat stattgefunden.",
        data: { appointmentId: held.appointmentId, outcome: "COMPLETED" },
      }),
    ]);
    expect(
      await db.auditLog.count({ where: { action: "call.outcome", entityId: held.appointmentId, actorId: staffId } }),
    ).toBe(1);

    // A second click, or a call already cancelled, changes nothing.
    await expectAppError(recordOutcome(held.appointmentId, "NO_SHOW", afterBoth), "CONFLICT", /schon erfasst/);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: held.appointmentId } })).toMatchObject({
      status: "COMPLETED",
    });
    expect(await db.inquiryEvent.count({ where: { inquiryId: inquiry.id, type: "NOTE" } })).toBe(1);
    await expectAppError(
      recordOutcome("00000000-0000-7000-8000-000000000000", "COMPLETED", afterBoth),
      "NOT_FOUND",
      /gibt es nicht mehr/,
    );
  });
});
