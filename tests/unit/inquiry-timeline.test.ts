import { describe, expect, it } from "vitest";

import { inquiryEventLabels, timelineEventText } from "@/lib/inquiries/admin-timeline";
import { appointmentBookedText } from "@/lib/inquiries/rules";

const isoTimestamp = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

describe("inquiry timeline texts", () => {
  it("tells a booked call in Zurich time, also for rows stored with a raw UTC timestamp", () => {
    const legacy = {
      type: "APPOINTMENT_BOOKED" as const,
      body: "Erstgespräch gebucht für 2026-12-08T13:00:00.000Z",
      data: { appointmentId: "a1", startsAt: "2026-12-08T13:00:00.000Z" },
    };
    const text = timelineEventText(legacy);
    expect(text).toBe("Erstgespräch gebucht für Dienstag, 08.12.2026, 14:00 Uhr");
    expect(text).not.toMatch(isoTimestamp);
    expect(appointmentBookedText(new Date("2026-07-08T13:00:00.000Z"))).toBe(
      "Erstgespräch gebucht für Mittwoch, 08.07.2026, 15:00 Uhr",
    );
  });

  it("shows any timestamp left in a stored text as a Swiss date and time", () => {
    expect(
      timelineEventText({ type: "NOTE", body: "Rückruf am 2026-11-30T07:30:00.000Z vereinbart.", data: null }),
    ).toBe("Rückruf am 30.11.2026, 08:30 vereinbart.");
    expect(
      timelineEventText({ type: "APPOINTMENT_BOOKED", body: "Gebucht 2026-06-01T10:15:00Z", data: { startsAt: 42 } }),
    ).toBe("Gebucht 01.06.2026, 12:15");
  });

  it("leaves plain texts and empty bodies as they are", () => {
    expect(timelineEventText({ type: "NOTE", body: "Bitte am 27.11.2026 anrufen.", data: null })).toBe(
      "Bitte am 27.11.2026 anrufen.",
    );
    expect(timelineEventText({ type: "SESSION_CREATED", body: null, data: { sessionId: "s1" } })).toBeNull();
  });

  it("has a German label for every event type, none with a timestamp", () => {
    for (const label of Object.values(inquiryEventLabels)) expect(label).not.toMatch(isoTimestamp);
  });
});
