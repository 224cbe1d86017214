import { describe, expect, it } from "vitest";

import type { IcsEvent } from "@/lib/ics";
import { buildIcsFeed } from "@/lib/ics-feed";

const event = (uid: string, summary: string): IcsEvent => ({
  uid,
  sequence: 0,
  startsAt: "2027-03-30T06:30:00Z",
  endsAt: "2027-03-30T14:30:00Z",
  summary,
  organizer: { name: "Anliegen", email: "kurse@anliegen.example" },
  method: "REQUEST",
});

describe("calendar subscription", () => {
  it("publishes every event in one calendar with one time zone, keeping folded lines", () => {
    const long = `Kurs: ${"Schwierige Kundengespräche souverän führen ".repeat(3)}`;
    const feed = buildIcsFeed("Kurs; Bern", [event("a@x", "Tag 1"), event("b@x", long)]);
    const lines = feed.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("METHOD:PUBLISH");
    expect(lines).not.toContain("METHOD:REQUEST");
    expect(lines).toContain("X-WR-CALNAME:Kurs\\; Bern");
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(feed.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(0);
    expect(feed.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
  });

  it("is a valid empty calendar when there are no dates yet", () => {
    const feed = buildIcsFeed("Kurs", []);
    expect(feed).toContain("BEGIN:VTIMEZONE");
    expect(feed).not.toContain("BEGIN:VEVENT");
    expect(feed.endsWith("END:VTIMEZONE\r\nX-WR-CALNAME:Kurs\r\nEND:VCALENDAR\r\n")).toBe(true);
  });
});
