// Links that let a visitor manage a booking or a call without an account. The token is 32 random
// bytes (base64url) and appears only in the e-mail; the database keeps its SHA-256 hash.
// The calendar (.ics) link has its own token, derived one-way from the manage token: the manage
// page can show it, but whoever holds the calendar link (a subscribed calendar, a forwarded
// invitation) cannot cancel or move anything with it.
import { createHash, randomBytes } from "node:crypto";

export type ManageToken = { token: string; hash: string; calendarHash: string };

export function newManageToken(): ManageToken {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashManageToken(token), calendarHash: hashManageToken(calendarTokenFor(token)) };
}

export function hashManageToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The read-only calendar token that belongs to a manage token (43 characters, like it). */
export function calendarTokenFor(manageToken: string): string {
  return createHash("sha256").update(`calendar:${manageToken}`).digest("base64url");
}

/** Cheap shape check before any database look-up: 32 bytes in base64url are 43 characters. */
export function isManageTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
