import { describe, expect, it } from "vitest";

import { bookSeatsSchema } from "@/lib/booking/schemas";
import { bookCallSchema } from "@/lib/consultation/schemas";

// A filled honeypot must reach the action, which answers with a quiet success and stores
// nothing; a validation error would tell a bot which field gave it away.
describe("honeypot field of the public forms", () => {
  const call = {
    startsAt: "2026-12-01T09:00:00.000Z",
    name: "Zoë Müller-Brügger",
    organisation: "Strassenverkehrsamt Bern",
    email: "zoe@amt.example",
    phone: "031 123 45 67",
    topic: "",
  };
  const seats = {
    sessionId: "0190f5a4-1b2c-7d3e-8f40-123456789abc",
    contactName: "Zoë Müller-Brügger",
    email: "zoe@amt.example",
    phone: "",
    organisation: "Strassenverkehrsamt Bern",
    billingReference: "",
    participants: [{ name: "Zoë Müller-Brügger", email: "zoe@amt.example" }],
  };

  it("lets a filled honeypot through the call booking schema", () => {
    const parsed = bookCallSchema.safeParse({ ...call, website: "https://spam.example" });
    expect(parsed.success && parsed.data.website).toBe("https://spam.example");
  });

  it("lets a filled honeypot through the seat booking schema", () => {
    const parsed = bookSeatsSchema.safeParse({ ...seats, website: "https://spam.example" });
    expect(parsed.success && parsed.data.website).toBe("https://spam.example");
  });

  it("still bounds its length", () => {
    expect(bookCallSchema.safeParse({ ...call, website: "x".repeat(501) }).success).toBe(false);
  });
});
