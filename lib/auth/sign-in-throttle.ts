// Throttling of admin sign-in (decision 0018, OWASP ASVS 5.0 chapter 6). Failures are counted,
// not attempts, so the owner's own successful sign-ins never use up anything:
// - per client address and account: after 5 failures in 15 minutes that address is refused for
//   the account, even with the right password, and without an Argon2 verify;
// - per account across addresses: from 10 failures in 15 minutes on, every check waits 1 s,
//   doubling with each further failure up to 20 s. It slows a spread-out guesser but never refuses, so nobody can lock
//   the owner out: at another address the owner still signs in (a little slower while attacked).
// Sign-in mails are limited per account (5 in 15 minutes, whoever asks) and per address and account
// (3), so one address cannot use up the account's mails; every mail goes to the account's owner,
// whose inbox then holds valid links.
import { createHash } from "node:crypto";

import type { Database } from "@/lib/db/client";
import { hitRateLimit, peekRateLimit, type RateLimitRule } from "@/lib/rate-limit";

import { normaliseEmail } from "./rules";

const FIFTEEN_MINUTES = 15 * 60;

export const signInThrottle = {
  failuresPerClientAndAccount: { limit: 5, windowSeconds: FIFTEEN_MINUTES },
  failuresPerAccountBeforeDelay: { limit: 10, windowSeconds: FIFTEEN_MINUTES },
  maxDelaySeconds: 20,
  mailsPerAccount: { limit: 5, windowSeconds: FIFTEEN_MINUTES },
  mailsPerClientAndAccount: { limit: 3, windowSeconds: FIFTEEN_MINUTES },
} satisfies Record<string, RateLimitRule | number>;

export type SignInAttempt = { client: string; email: string };

/** The account as a key part: no address in the limits table. */
function account(email: string): string {
  return createHash("sha256")
    .update(`anliegen-account:${normaliseEmail(email)}`)
    .digest("hex")
    .slice(0, 32);
}

const keys = {
  failuresOfClient: ({ client, email }: SignInAttempt) => `sign-in:fail:${client}:${account(email)}`,
  failuresOfAccount: ({ email }: SignInAttempt) => `sign-in:fail:${account(email)}`,
  mailsOfClient: ({ client, email }: SignInAttempt) => `sign-in:mail:${client}:${account(email)}`,
  mailsOfAccount: ({ email }: SignInAttempt) => `sign-in:mail:${account(email)}`,
};

/** Waiting time before a check when the account has seen `failures` recent failures from all addresses. */
export function failureDelayMs(failures: number): number {
  const over = failures - signInThrottle.failuresPerAccountBeforeDelay.limit;
  if (over < 0) return 0;
  return Math.min(1000 * 2 ** over, signInThrottle.maxDelaySeconds * 1000);
}

export type PasswordGate = { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

/** Whether a password may be checked for this address and account now, and after what wait. */
export async function checkPasswordAttempt(
  db: Database,
  attempt: SignInAttempt,
  now = new Date(),
): Promise<PasswordGate> {
  const [ofClient, ofAccount] = await Promise.all([
    peekRateLimit(db, keys.failuresOfClient(attempt), signInThrottle.failuresPerClientAndAccount, now),
    peekRateLimit(db, keys.failuresOfAccount(attempt), signInThrottle.failuresPerAccountBeforeDelay, now),
  ]);
  if (!ofClient.allowed) return { allowed: false, retryAfterSeconds: ofClient.retryAfterSeconds };
  return { allowed: true, delayMs: failureDelayMs(ofAccount.count) };
}

/** Counts one wrong password (or unknown account) for the address and for the account. */
export async function recordPasswordFailure(db: Database, attempt: SignInAttempt, now = new Date()): Promise<void> {
  await Promise.all([
    hitRateLimit(db, keys.failuresOfClient(attempt), signInThrottle.failuresPerClientAndAccount, now),
    hitRateLimit(db, keys.failuresOfAccount(attempt), signInThrottle.failuresPerAccountBeforeDelay, now),
  ]);
}

/** Counts one sign-in mail and says whether it may go out. */
export async function allowSignInMail(db: Database, attempt: SignInAttempt, now = new Date()): Promise<boolean> {
  // The address first: a refused address does not use up the account's mails.
  const ofClient = await hitRateLimit(db, keys.mailsOfClient(attempt), signInThrottle.mailsPerClientAndAccount, now);
  if (!ofClient.allowed) return false;
  const ofAccount = await hitRateLimit(db, keys.mailsOfAccount(attempt), signInThrottle.mailsPerAccount, now);
  return ofAccount.allowed;
}
