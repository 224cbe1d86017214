// Team registration for an in-house engagement (decision 0031): one registration for all days,
// capacity from the accepted proposal's group size, the waiting list under real concurrency on
// PostgreSQL, promotion after a cancellation, the registration link, the mails and the reminder.
import { describe, expect, it } from "vitest";

import { sendSessionReminders } from "@/lib/booking/reminders";
import { getDb } from "@/lib/db";
import { userActor, visitor } from "@/lib/db/actor";
import { renderMail } from "@/lib/mail/render";
import { getRegistrationPage } from "@/lib/registration/queries";
import { REGISTRATION_LINK_MESSAGES } from "@/lib/registration/rules";
import {
  cancelTeamRegistration,
  registerByLink,
  registerTeamMembers,
  renewRegistrationLink,
  revokeRegistrationLink,
} from "@/lib/registration/service";

import { runJobs, smtpTransport } from "../setup/jobs";
import { engagementWithDates } from "../setup/registration-fixtures";
import { seededOwnerPerFile } from "../setup/seeded-owner";
import { startSmtpSink } from "../setup/smtp-sink";

const db = () => getDb();
const owner = seededOwnerPerFile();

const person = (index: number, domain = "steueramt.example") => ({
  salutation: index % 2 === 0 ? ("MS" as const) : ("MR" as const),
  name: `Person ${index} Müller`,
  email: `person-${index}@${domain}`,
  function: "Sachbearbeitung",
});

describe("registering a team", () => {
  it("seats exactly the group size under 30 parallel registrations; the rest wait in order, nothing half written", async () => {
    const { inquiry, sessions } = await engagementWithDates(db(), owner, { participants: 12, sessionCapacity: 20 });
    expect(sessions).toHaveLength(2);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        registerTeamMembers(db(), visitor, { inquiryId: inquiry.id, people: [person(index)], source: "LINK" }),
      ),
    );
    const outcomes = results.flat();
    expect(outcomes.filter((entry) => entry.outcome === "REGISTERED")).toHaveLength(12);
    const waiting = outcomes.filter((entry) => entry.outcome === "WAITLISTED");
    expect(waiting.map((entry) => entry.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 18 }, (_, index) => index + 1),
    );

    const registrations = await db().teamRegistration.findMany({
      where: { inquiryId: inquiry.id },
      include: { bookings: { include: { participants: true } } },
    });
    expect(registrations).toHaveLength(30);
    const seated = registrations.filter((entry) => entry.status === "REGISTERED");
    expect(seated).toHaveLength(12);
    // Every seated person has one confirmed booking with one participant on each day; the waiting none.
    for (const registration of seated) {
      expect(registration.bookings.map((booking) => booking.sessionId).sort()).toEqual(
        sessions.map((session) => session.id).sort(),
      );
      expect(registration.bookings.every((booking) => booking.status === "CONFIRMED")).toBe(true);
      expect(registration.bookings.every((booking) => booking.participants.length === 1)).toBe(true);
    }
    expect(
      registrations.filter((entry) => entry.status === "WAITLISTED").every((entry) => entry.bookings.length === 0),
    ).toBe(true);
    const days = await db().courseSession.findMany({ where: { inquiryId: inquiry.id } });
    expect(days.map((day) => day.seatsTaken)).toEqual([12, 12]);
    // One mail per person: 12 confirmations with a calendar entry per day, 18 waiting-list notices.
    const mails = await db().outboxMessage.findMany({
      where: { inquiryId: inquiry.id, template: "team-registration" },
    });
    expect(mails).toHaveLength(30);
  }, 60_000);

  it("registers the same address twice in parallel only once", async () => {
    const { inquiry } = await engagementWithDates(db(), owner, { organisationName: "Passbüro Zug" });
    const same = person(1, "zug.example");
    const [first, second] = await Promise.all([
      registerTeamMembers(db(), visitor, { inquiryId: inquiry.id, people: [same], source: "LINK" }),
      registerTeamMembers(db(), visitor, {
        inquiryId: inquiry.id,
        people: [{ ...same, email: same.email.toUpperCase() }],
        source: "PORTAL",
      }),
    ]);
    expect(first![0]!.registrationId).toBe(second![0]!.registrationId);
    expect([first![0]!.outcome, second![0]!.outcome].sort()).toEqual(["ALREADY_REGISTERED", "REGISTERED"]);
    expect(await db().teamRegistration.count({ where: { inquiryId: inquiry.id } })).toBe(1);
    expect(await db().booking.count({ where: { session: { inquiryId: inquiry.id } } })).toBe(2);
    // The same address twice in one list, too.
    const again = await registerTeamMembers(db(), visitor, {
      inquiryId: inquiry.id,
      people: [person(2, "zug.example"), person(2, "zug.example")],
      source: "ADMIN",
    });
    expect(again.map((entry) => entry.outcome)).toEqual(["REGISTERED", "ALREADY_REGISTERED"]);
  });

  it("refuses a bad person at the field and writes nothing of the list", async () => {
    const { inquiry } = await engagementWithDates(db(), owner, { organisationName: "Grundbuchamt Thun" });
    await expect(
      registerTeamMembers(db(), visitor, {
        inquiryId: inquiry.id,
        people: [person(1), { ...person(2), email: "keine-adresse" }],
        source: "PORTAL",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", field: "people.1.email" });
    expect(await db().teamRegistration.count({ where: { inquiryId: inquiry.id } })).toBe(0);
  });

  it("a cancellation frees the seat on every day and seats the first waiting person", async () => {
    const { inquiry } = await engagementWithDates(db(), owner, {
      organisationName: "Zivilstandsamt Chur",
      participants: 2,
    });
    const outcomes = await registerTeamMembers(db(), userActor(owner), {
      inquiryId: inquiry.id,
      people: [
        person(1, "chur.example"),
        person(2, "chur.example"),
        person(3, "chur.example"),
        person(4, "chur.example"),
      ],
      source: "ADMIN",
    });
    expect(outcomes.map((entry) => [entry.outcome, entry.waitlistPosition])).toEqual([
      ["REGISTERED", null],
      ["REGISTERED", null],
      ["WAITLISTED", 1],
      ["WAITLISTED", 2],
    ]);
    const result = await cancelTeamRegistration(db(), userActor(owner), {
      registrationId: outcomes[0]!.registrationId,
    });
    expect(result.promotedRegistrationIds).toEqual([outcomes[2]!.registrationId]);
    const promoted = await db().teamRegistration.findUniqueOrThrow({
      where: { id: outcomes[2]!.registrationId },
      include: { bookings: true },
    });
    expect(promoted).toMatchObject({ status: "REGISTERED", waitlistPosition: null });
    expect(promoted.bookings).toHaveLength(2);
    const cancelled = await db().booking.findMany({ where: { registrationId: outcomes[0]!.registrationId } });
    expect(cancelled.map((booking) => booking.status)).toEqual(["CANCELLED", "CANCELLED"]);
    const days = await db().courseSession.findMany({ where: { inquiryId: inquiry.id } });
    expect(days.map((day) => day.seatsTaken)).toEqual([2, 2]);
    // Person 4 is next now; cancelling twice changes nothing.
    expect(
      await registerTeamMembers(db(), visitor, {
        inquiryId: inquiry.id,
        people: [person(4, "chur.example")],
        source: "LINK",
      }),
    ).toMatchObject([{ outcome: "ALREADY_REGISTERED", status: "WAITLISTED", waitlistPosition: 1 }]);
    expect(
      await cancelTeamRegistration(db(), userActor(owner), { registrationId: outcomes[0]!.registrationId }),
    ).toEqual({ cancelled: false, promotedRegistrationIds: [] });
    const promotedMail = await db().outboxMessage.findUniqueOrThrow({
      where: { idempotencyKey: `registration:${outcomes[2]!.registrationId}:PROMOTED` },
    });
    expect((await renderMail(promotedMail.template, promotedMail.payload)).subject).toContain("Anmeldung bestätigt");
  });

  it("the registration link opens the page until it is revoked; a renewed link replaces it", async () => {
    const { inquiry, registrationToken } = await engagementWithDates(db(), owner, {
      organisationName: "Betreibungsamt Olten",
    });
    const page = await getRegistrationPage(db(), registrationToken);
    expect(page).toMatchObject({ state: "OK", inquiryId: inquiry.id, organisationName: "Betreibungsamt Olten" });
    if (page.state !== "OK") throw new Error(page.state);
    expect(page.days).toHaveLength(2);
    expect(page.seatsLabel).toBe("Noch 12 Plätze frei.");

    expect(await getRegistrationPage(db(), "x".repeat(43))).toMatchObject({ state: "UNKNOWN" });
    const renewed = await renewRegistrationLink(db(), userActor(owner), { inquiryId: inquiry.id });
    expect(renewed).not.toBe(registrationToken);
    expect(await getRegistrationPage(db(), registrationToken)).toMatchObject({ state: "REVOKED" });
    expect(await getRegistrationPage(db(), renewed)).toMatchObject({ state: "OK" });
    const byLink = { salutation: "MR" as const, name: "Beat Frei", email: "beat@olten.example", function: "Leiter" };
    await expect(registerByLink(db(), visitor, { token: registrationToken, ...byLink })).rejects.toMatchObject({
      message: REGISTRATION_LINK_MESSAGES.REVOKED,
    });
    expect(await registerByLink(db(), visitor, { token: renewed, ...byLink, wish: "Ruhig bleiben" })).toMatchObject({
      outcome: "REGISTERED",
    });
    expect(await db().teamRegistration.findFirstOrThrow({ where: { inquiryId: inquiry.id } })).toMatchObject({
      source: "LINK",
      function: "Leiter",
      wish: "Ruhig bleiben",
      situation: "",
    });
    await revokeRegistrationLink(db(), userActor(owner), { inquiryId: inquiry.id });
    expect(await getRegistrationPage(db(), renewed)).toMatchObject({ state: "REVOKED" });
    // Only hashes are stored.
    const stored = await db().registrationLink.findMany({ where: { inquiryId: inquiry.id } });
    expect(stored.map((link) => link.tokenHash)).not.toContain(renewed);
    expect(JSON.stringify(stored)).not.toContain(renewed);
  });

  it("mails the confirmation with one .ics per day over SMTP, and reminds before the first day only", async () => {
    const { inquiry, sessions } = await engagementWithDates(db(), owner, {
      organisationName: "Amt für Migration",
      firstDay: "2098-06-10",
    });
    await registerTeamMembers(db(), visitor, {
      inquiryId: inquiry.id,
      people: [{ ...person(1, "migration.example"), salutation: "MS", name: "Zoë Brügger" }],
      source: "LINK",
    });
    const sink = await startSmtpSink();
    try {
      await runJobs(smtpTransport(sink.url));
      await sink.waitFor(1);
      const mail = sink.messages.find(
        (entry) => entry.to && JSON.stringify(entry.to).includes("person-1@migration.example"),
      );
      expect(mail?.subject).toMatch(/^Anmeldung bestätigt: /);
      expect(mail!.text).toContain("Guten Tag Frau Brügger");
      expect(mail!.text).toContain("an allen 2 Kurstagen");
      expect(mail!.text).not.toContain("ß");
      expect(mail!.attachments.map((file) => [file.filename, file.contentType])).toEqual([
        ["kurstag-1.ics", "text/calendar"],
        ["kurstag-2.ics", "text/calendar"],
      ]);
      expect(mail!.attachments[0]!.content.toString("utf8")).toContain("DTSTART;TZID=Europe/Zurich:20980610T");
    } finally {
      await sink.stop();
    }

    // Two days before the first day the reminder job mails the participant once; the second day
    // (one registration, one course) sends none to them.
    const firstDay = sessions[0]!;
    await sendSessionReminders(db(), 3, new Date(firstDay.startsAt.getTime() - 2 * 86_400_000));
    await sendSessionReminders(db(), 3, new Date(sessions[1]!.startsAt.getTime() - 2 * 86_400_000));
    const reminders = await db().outboxMessage.findMany({
      where: { template: "session-reminder", recipient: "person-1@migration.example" },
    });
    expect(reminders).toHaveLength(1);
    const rendered = await renderMail(reminders[0]!.template, reminders[0]!.payload);
    expect(rendered.text).toContain("Guten Tag Frau Brügger");
    expect(rendered.text).toContain("10.06.2098");
  });
});
