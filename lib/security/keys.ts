// Keys derived from AUTH_SECRET, one per purpose (HKDF-SHA-256, RFC 5869), so a leak of one derived
// key reveals neither the secret nor the other keys. AUTH_SECRET_PREVIOUS keeps data sealed with the
// secret before a rotation readable until it is gone (decision 0020).
import { createHmac, hkdfSync } from "node:crypto";

export type KeyPurpose = "outbox-payload" | "rate-limit-key" | "registration-link";

export type DerivedKey = { id: string; key: Buffer };

/**
 * Outside production the app runs without configuration (tests, a first `npm run dev` before
 * serve.ts wrote .data/auth-secret): a fixed development secret keeps it working there. Production
 * without AUTH_SECRET fails loudly instead of sealing data with a key everybody knows.
 */
const DEVELOPMENT_SECRET = "anliegen-development-secret-never-used-in-production";

function currentSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set: it is needed to seal stored data (openssl rand -base64 32).");
  }
  return DEVELOPMENT_SECRET;
}

function derive(secret: string, purpose: KeyPurpose): DerivedKey {
  const key = Buffer.from(hkdfSync("sha256", secret, "anliegen", `anliegen:${purpose}:v1`, 32));
  // A short, non-secret fingerprint, so a sealed value names the key that opens it.
  const id = createHmac("sha256", key).update("key-id").digest("base64url").slice(0, 8);
  return { id, key };
}

const cache = new Map<string, DerivedKey>();

function derived(secret: string, purpose: KeyPurpose): DerivedKey {
  const cacheKey = `${purpose}\u0000${secret}`;
  let entry = cache.get(cacheKey);
  if (!entry) {
    entry = derive(secret, purpose);
    cache.set(cacheKey, entry);
  }
  return entry;
}

/** The key new data is sealed or hashed with. */
export function currentKey(purpose: KeyPurpose): DerivedKey {
  return derived(currentSecret(), purpose);
}

/** Every key that may open stored data: the current one first, then the one before a rotation. */
export function openingKeys(purpose: KeyPurpose): DerivedKey[] {
  const keys = [currentKey(purpose)];
  const previous = process.env.AUTH_SECRET_PREVIOUS;
  if (previous && previous !== process.env.AUTH_SECRET) keys.push(derived(previous, purpose));
  return keys;
}
