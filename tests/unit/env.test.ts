import { describe, expect, it } from "vitest";

import { isDevMailboxEnabled, parseEnv } from "@/lib/env";

describe("configuration", () => {
  it("has working defaults for a fresh checkout", () => {
    const env = parseEnv({});
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.MAIL_DIR).toBe(".data/mail");
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.BOOKING_CANCEL_DEADLINE_HOURS).toBe(48);
    expect(env.SESSION_REMINDER_DAYS).toBe(3);
  });

  it("reads the booking settings as whole numbers and refuses nonsense", () => {
    expect(parseEnv({ BOOKING_CANCEL_DEADLINE_HOURS: "24", SESSION_REMINDER_DAYS: "7" })).toMatchObject({
      BOOKING_CANCEL_DEADLINE_HOURS: 24,
      SESSION_REMINDER_DAYS: 7,
    });
    expect(() => parseEnv({ SESSION_REMINDER_DAYS: "0" })).toThrow(/SESSION_REMINDER_DAYS/);
  });

  it("defaults APP_URL to this instance's own port", () => {
    expect(parseEnv({ PORT: "3311" }).APP_URL).toBe("http://localhost:3311");
    expect(parseEnv({ PORT: "3311", APP_URL: "" }).APP_URL).toBe("http://localhost:3311");
    expect(parseEnv({ PORT: "3311", APP_URL: "https://kurse.example.ch" }).APP_URL).toBe("https://kurse.example.ch");
  });

  it("treats empty values as unset, as .env files write them", () => {
    expect(parseEnv({ SMTP_URL: "", DATABASE_URL: "" }).SMTP_URL).toBeUndefined();
  });

  it("names every invalid setting", () => {
    expect(() => parseEnv({ APP_URL: "not a url", CONSULTANT_EMAIL: "nobody" })).toThrow(
      /APP_URL[\s\S]*CONSULTANT_EMAIL|CONSULTANT_EMAIL[\s\S]*APP_URL/,
    );
  });

  it("shows the dev mailbox outside production only, unless told otherwise", () => {
    expect(isDevMailboxEnabled(parseEnv({ NODE_ENV: "development" }))).toBe(true);
    expect(isDevMailboxEnabled(parseEnv({ NODE_ENV: "production" }))).toBe(false);
    expect(isDevMailboxEnabled(parseEnv({ NODE_ENV: "production", DEV_MAILBOX: "true" }))).toBe(true);
    expect(isDevMailboxEnabled(parseEnv({ NODE_ENV: "development", DEV_MAILBOX: "false" }))).toBe(false);
  });
});
