import { describe, expect, it } from "vitest";

import { isUniqueViolation } from "@/lib/db/errors";
import { isUuid } from "@/lib/db/ids";

describe("isUniqueViolation", () => {
  it("recognises Prisma's own unique error and the raw SQLSTATE from the driver adapter", () => {
    expect(isUniqueViolation({ code: "P2002", meta: { target: ["slug"] } })).toBe(true);
    expect(
      isUniqueViolation({ code: "P2010", meta: { code: "23505" }, message: 'violates "Booking_active_email_guard"' }),
    ).toBe(true);
    expect(isUniqueViolation({ code: "P2034" })).toBe(false);
    expect(isUniqueViolation(new Error("boom"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });

  it("can be asked about one constraint", () => {
    const error = {
      code: "P2010",
      meta: { code: "23505" },
      message: 'violates unique constraint "Booking_active_email_guard"',
    };
    expect(isUniqueViolation(error, "Booking_active_email_guard")).toBe(true);
    expect(isUniqueViolation(error, /Inquiry_reference/)).toBe(false);
  });
});

describe("isUuid", () => {
  it("accepts row ids and refuses anything else before it reaches the database", () => {
    expect(isUuid("0193a0c4-6f1e-7d2a-9b1c-3e4f5a6b7c8d")).toBe(true);
    expect(isUuid("0193A0C4-6F1E-7D2A-9B1C-3E4F5A6B7C8D")).toBe(true);
    expect(isUuid("not-a-uuid")).toBe(false);
    expect(isUuid("0193a0c4-6f1e-7d2a-9b1c-3e4f5a6b7c8d'; --")).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});
