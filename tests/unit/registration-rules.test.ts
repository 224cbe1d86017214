import { describe, expect, it } from "vitest";

import {
  registrationCapacity,
  registrationLinkState,
  registrationPlacement,
  registrationSeatsLabel,
  registrationsToPromote,
} from "@/lib/registration/rules";

describe("team registration rules", () => {
  it("takes the capacity from the group size, never beyond the smallest day's room", () => {
    expect(registrationCapacity(12, [20, 20])).toBe(12);
    expect(registrationCapacity(null, [16, 14])).toBe(14);
    expect(registrationCapacity(30, [20, 18])).toBe(18);
    expect(registrationCapacity(12, [])).toBeNull();
  });

  it("seats while a seat is free on every day and nobody waits; otherwise queues", () => {
    expect(registrationPlacement({ capacity: 12, registered: 11, waiting: 0 })).toBe("REGISTERED");
    expect(registrationPlacement({ capacity: 12, registered: 12, waiting: 0 })).toBe("WAITLISTED");
    expect(registrationPlacement({ capacity: 12, registered: 5, waiting: 1 })).toBe("WAITLISTED");
    expect(registrationPlacement({ capacity: 12, registered: 5, waiting: 0, dayFreeSeats: 0 })).toBe("WAITLISTED");
  });

  it("promotes in order as many as seats came free", () => {
    expect(registrationsToPromote({ capacity: 12, registered: 11, waiting: 3 })).toBe(1);
    expect(registrationsToPromote({ capacity: 12, registered: 9, waiting: 2 })).toBe(2);
    expect(registrationsToPromote({ capacity: 12, registered: 12, waiting: 2 })).toBe(0);
    expect(registrationsToPromote({ capacity: 12, registered: 9, waiting: 2, dayFreeSeats: 1 })).toBe(1);
  });

  it("words the seat line in German", () => {
    expect(registrationSeatsLabel({ capacity: 12, registered: 11, waiting: 0 })).toBe("Noch 1 Platz frei.");
    expect(registrationSeatsLabel({ capacity: 12, registered: 12, waiting: 2 })).toBe(
      "Alle Plätze sind vergeben; 2 Personen warten auf der Warteliste. Neue Anmeldungen kommen auf die Warteliste.",
    );
  });

  it("opens a link only while it is active and the course has not begun", () => {
    const now = new Date("2027-03-01T09:00:00Z");
    const later = new Date("2027-03-10T07:30:00Z");
    expect(registrationLinkState(null, later, now)).toBe("UNKNOWN");
    expect(registrationLinkState({ revokedAt: now }, later, now)).toBe("REVOKED");
    expect(registrationLinkState({ revokedAt: null }, now, now)).toBe("CLOSED");
    expect(registrationLinkState({ revokedAt: null }, null, now)).toBe("CLOSED");
    expect(registrationLinkState({ revokedAt: null }, later, now)).toBe("OK");
  });
});
