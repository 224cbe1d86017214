import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { buildIcs, foldLine, type IcsEvent } from "@/lib/ics";

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
});
