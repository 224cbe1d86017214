import { describe, expect, it } from "vitest";

import { pruneExpiredVerificationTokens } from "@/lib/auth/adapter";
import {
  allowSignInMail,
  checkPasswordAttempt,
  failureDelayMs,
  recordPasswordFailure,
  signInThrottle,
} from "@/lib/auth/sign-in-throttle";
import { getDb } from "@/lib/db";

const NOW = new Date("2026-12-07T10:00:00Z");
const minutesLater = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("password throttle", () => {
  it("refuses an address after 5 failures for an account, while another address still gets in at once", async () => {
    const db = getDb();
    const guesser = { client: "guesser-1", email: "owner1@anliegen.example" };
    for (let index = 0; index < 5; index++) {
      expect(await checkPasswordAttempt(db, guesser, NOW)).toEqual({ allowed: true, delayMs: 0 });
      await recordPasswordFailure(db, guesser, NOW);
    }
    expect(await checkPasswordAttempt(db, guesser, NOW)).toMatchObject({ allowed: false });
    // The same account from the owner's address, and the guesser's address for another account.
    expect(await checkPasswordAttempt(db, { ...guesser, client: "owner-desk" }, NOW)).toEqual({
      allowed: true,
      delayMs: 0,
    });
    expect(await checkPasswordAttempt(db, { ...guesser, email: "other1@anliegen.example" }, NOW)).toMatchObject({
      allowed: true,
    });
    // The spelling of the address does not make a new account.
    expect(await checkPasswordAttempt(db, { ...guesser, email: " OWNER1@anliegen.example" }, NOW)).toMatchObject({
      allowed: false,
    });
    // After the window the address may try again.
    expect(await checkPasswordAttempt(db, guesser, minutesLater(15))).toMatchObject({ allowed: true });
  });

  it("counts failures, not attempts: checks without failures use up nothing", async () => {
    const db = getDb();
    const owner = { client: "owner-2", email: "owner2@anliegen.example" };
    for (let index = 0; index < 30; index++) {
      expect(await checkPasswordAttempt(db, owner, NOW)).toMatchObject({ allowed: true });
    }
  });

  it("slows every address down once the account has 10 failures from anywhere, but never refuses it", async () => {
    const db = getDb();
    const email = "owner3@anliegen.example";
    for (let index = 0; index < 11; index++) {
      await recordPasswordFailure(db, { client: `botnet-${index % 3}`, email }, NOW);
    }
    expect(await checkPasswordAttempt(db, { client: "owner-desk", email }, NOW)).toEqual({
      allowed: true,
      delayMs: 2000,
    });
    expect(await checkPasswordAttempt(db, { client: "owner-desk", email }, minutesLater(15))).toEqual({
      allowed: true,
      delayMs: 0,
    });
  });

  it("grows the delay from 1 s by doubling, up to the cap", () => {
    const threshold = signInThrottle.failuresPerAccountBeforeDelay.limit;
    expect(failureDelayMs(threshold - 1)).toBe(0);
    expect(failureDelayMs(threshold)).toBe(1000);
    expect(failureDelayMs(threshold + 3)).toBe(8000);
    expect(failureDelayMs(threshold + 50)).toBe(signInThrottle.maxDelaySeconds * 1000);
  });
});

describe("sign-in mail limit", () => {
  it("sends at most 5 mails per account in 15 minutes, at most 3 of them asked for by one address", async () => {
    const db = getDb();
    const email = "owner4@anliegen.example";
    const ask = (client: string, at = NOW) => allowSignInMail(db, { client, email }, at);
    expect([await ask("a"), await ask("a"), await ask("a"), await ask("a")]).toEqual([true, true, true, false]);
    expect([await ask("b"), await ask("b"), await ask("c")]).toEqual([true, true, false]);
    expect(await allowSignInMail(db, { client: "c", email: "other4@anliegen.example" }, NOW)).toBe(true);
    expect(await ask("c", minutesLater(15))).toBe(true);
  });
});

describe("sign-in link tokens", () => {
  it("are pruned once expired, and only then", async () => {
    const db = getDb();
    await db.verificationToken.createMany({
      data: [
        { identifier: "owner5@anliegen.example", token: "expired", expires: new Date(NOW.getTime() - 1000) },
        { identifier: "owner5@anliegen.example", token: "valid", expires: minutesLater(10) },
      ],
    });
    expect(await pruneExpiredVerificationTokens(db, NOW)).toBe(1);
    expect((await db.verificationToken.findMany()).map((row) => row.token)).toEqual(["valid"]);
  });
});
