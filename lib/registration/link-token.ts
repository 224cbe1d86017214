// The token of an engagement's registration link (decision 0031). It is derived one-way from the
// link row's random id with a key from AUTH_SECRET, and only its SHA-256 hash is stored: a copy of
// the database opens no registration page, yet the portal and the dates mail can show the link
// again. After a secret rotation the link made under AUTH_SECRET_PREVIOUS stays valid.
import { createHash, createHmac } from "node:crypto";

import { openingKeys } from "@/lib/security/keys";

export function hashRegistrationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function tokenWith(key: Buffer, linkId: string): string {
  return createHmac("sha256", key).update(`registration-link:${linkId}`).digest("base64url");
}

/** A new link's token and the hash to store, under the current key. */
export function newRegistrationToken(linkId: string): { token: string; hash: string } {
  const [current] = openingKeys("registration-link");
  const token = tokenWith(current!.key, linkId);
  return { token, hash: hashRegistrationToken(token) };
}

/** The token of a stored link, or null when it was made under a key no longer configured. */
export function registrationTokenOf(link: { id: string; tokenHash: string }): string | null {
  for (const { key } of openingKeys("registration-link")) {
    const token = tokenWith(key, link.id);
    if (hashRegistrationToken(token) === link.tokenHash) return token;
  }
  return null;
}

/** Cheap shape check before any database look-up: 32 bytes in base64url are 43 characters. */
export function isRegistrationTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
