import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { bookingIcs, type BookingForMail, type SessionForMail } from "@/lib/booking/notify";
import { buildIcs, escapeText, foldLine, type IcsEvent } from "@/lib/ics";
import { calendarTokenFor, hashManageToken, isManageTokenShape, newManageToken } from "@/lib/manage-token";

const event: IcsEvent = {
  uid: "appointment-1@anliegen.example",
  sequence: 0,
  startsAt: "2026-11-24T08:00:00.000Z",
  endsAt: "2026-11-24T08:30:00.000Z",
  summary: "Erstgespräch mit Markus Muster",
  description: "Thema: Schalter; Gespräche, die eskalieren\nZweite Zeile",
  location: "Telefon",
  organizer: { name: "Anliegen", email: "markus@anliegen.example" },
  attendee: { name: "Zoë Müller-Brügger", email: "zoe@verwaltung.example" },
  method: "REQUEST",
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent("vtimezone")!);
  ICAL.TimezoneService.register(zone, "Europe/Zurich");
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  return { calendar, vevent, ical: new ICAL.Event(vevent) };
}

describe("calendar invitations", () => {
  it("is valid iCalendar whose times, read with the enclosed zone, are the booked instants", () => {
    const text = buildIcs(event, new Date("2026-11-20T10:00:00Z"));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const { calendar, vevent, ical } = parse(text);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(ical.uid).toBe(event.uid);
    expect(ical.summary).toBe(event.summary);
    expect(ical.description).toBe(event.description);
    expect(ical.location).toBe("Telefon");
    expect(vevent.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Zurich");
    expect(ical.startDate.toString()).toBe("2026-11-24T09:00:00");
    expect(ical.startDate.toJSDate().toISOString()).toBe(event.startsAt);
    expect(ical.endDate.toJSDate().toISOString()).toBe(event.endsAt);
    expect(String(vevent.getFirstPropertyValue("attendee"))).toBe("mailto:zoe@verwaltung.example");
    expect(vevent.getFirstProperty("attendee")!.getParameter("cn")).toBe("Zoë Müller-Brügger");
  });

  it("uses summer time in summer, and UTC for an instant in the repeated hour of October", () => {
    const summer = parse(
      buildIcs({ ...event, startsAt: "2026-07-06T12:00:00.000Z", endsAt: "2026-07-06T12:30:00.000Z" }),
    );
    expect(summer.ical.startDate.toString()).toBe("2026-07-06T14:00:00");
    expect(summer.ical.startDate.toJSDate().toISOString()).toBe("2026-07-06T12:00:00.000Z");

    // 02:30 on 25.10.2026 happens twice; 01:30 UTC is the second (CET) one.
    const october = parse(
      buildIcs({ ...event, startsAt: "2026-10-25T01:30:00.000Z", endsAt: "2026-10-25T02:00:00.000Z" }),
    );
    expect(october.ical.startDate.toJSDate().toISOString()).toBe("2026-10-25T01:30:00.000Z");
    expect(october.ical.endDate.toJSDate().toISOString()).toBe("2026-10-25T02:00:00.000Z");
    // The first 02:30 (CEST, 00:30 UTC) is written in UTC too: local time alone could not tell them apart.
    const first = parse(
      buildIcs({ ...event, startsAt: "2026-10-25T00:30:00.000Z", endsAt: "2026-10-25T01:00:00.000Z" }),
    );
    expect(first.ical.startDate.toJSDate().toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("marks a cancellation for the same entry with a higher sequence", () => {
    const { calendar, vevent } = parse(buildIcs({ ...event, method: "CANCEL", sequence: 2 }));
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(vevent.getFirstPropertyValue("sequence")).toBe(2);
    expect(vevent.getFirstPropertyValue("uid")).toBe(event.uid);
  });

  it("folds long lines without splitting a character", () => {
    const folded = foldLine(`SUMMARY:${"ä".repeat(60)}`);
    const lines = folded.split("\r\n ");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.join("")).toBe(`SUMMARY:${"ä".repeat(60)}`);
  });

  it("lets no line break from user text reach a line: CRLF, a lone CR and a lone LF all become \\n", () => {
    expect(escapeText("a\r\nb\rc\nd")).toBe("a\\nb\\nc\\nd");
    const text = buildIcs({
      ...event,
      summary: "Kurs\rBEGIN:VALARM",
      description: "Erste\r\nZweite\rDritte\nVierte",
      location: "Bern\rATTENDEE:mailto:evil@example.com",
      attendee: { name: "Zoë\rX-INJECTED:1", email: "zoe@verwaltung.example" },
    });
    // Every CR belongs to a CRLF line end, and every LF follows a CR.
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n");
    expect(lines.some((line) => /^(BEGIN:VALARM|ATTENDEE:mailto:evil|X-INJECTED)/.test(line))).toBe(false);
    const { ical } = parse(text);
    expect(ical.description).toBe("Erste\nZweite\nDritte\nVierte");
    expect(ical.summary).toBe("Kurs\nBEGIN:VALARM");
  });
});

describe("calendar entries of bookings", () => {
  const session: SessionForMail = {
    id: "0190a0a0-0000-7000-8000-000000000001",
    title: null,
    startsAt: new Date("2027-03-20T08:00:00Z"),
    endsAt: new Date("2027-03-20T16:00:00Z"),
    location: "Bern",
    address: "",
    status: "SCHEDULED",
    bookingDeadline: null,
    calendarSequence: 0,
    // Seat changes touch the session row all day long: they must not move the entry's SEQUENCE.
    updatedAt: new Date("2027-03-01T12:00:00Z"),
    course: { title: "Schalter" },
  };
  const booking: BookingForMail = {
    id: "0190a0a0-0000-7000-8000-000000000002",
    status: "CONFIRMED",
    seats: 1,
    salutation: "MS",
    contactName: "Anna",
    email: "anna@amt.example",
    billingReference: null,
    waitlistPosition: null,
    holdExpiresAt: null,
    calendarSequenceBase: 0,
    participants: [{ name: "Anna", email: "anna@amt.example" }],
  };

  it("starts a new booking's entry at SEQUENCE 0 and counts the session's moves after it", () => {
    expect(bookingIcs(booking, session, "REQUEST").sequence).toBe(0);
    expect(buildIcs(bookingIcs(booking, session, "REQUEST"))).toContain("\r\nSEQUENCE:0\r\n");
    expect(bookingIcs(booking, session, "CANCEL").sequence).toBe(1);
    const moved = { ...session, calendarSequence: 2 };
    expect(bookingIcs(booking, moved, "REQUEST").sequence).toBe(2);
    // A booking made after those two moves has its own entry, again from 0.
    expect(bookingIcs({ ...booking, calendarSequenceBase: 2 }, moved, "REQUEST").sequence).toBe(0);
  });
});

describe("calendar tokens", () => {
  it("are derived one-way from the manage token, look like one, and never equal it", () => {
    const { token, hash, calendarHash } = newManageToken();
    const calendar = calendarTokenFor(token);
    expect(isManageTokenShape(calendar)).toBe(true);
    expect(calendar).not.toBe(token);
    expect(calendarTokenFor(token)).toBe(calendar);
    expect(hashManageToken(calendar)).toBe(calendarHash);
    expect(calendarHash).not.toBe(hash);
  });
});
