// Links that let a visitor manage a booking or a call without an account. The token is 32 random
// bytes (base64url) and appears only in the e-mail; the database keeps its SHA-256 hash.
import { createHash, randomBytes } from "node:crypto";

export type ManageToken = { token: string; hash: string };

export function newManageToken(): ManageToken {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashManageToken(token) };
}

export function hashManageToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Cheap shape check before any database look-up: 32 bytes in base64url are 43 characters. */
export function isManageTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
