// Outbox props are stored sealed (AES-256-GCM, key derived from AUTH_SECRET): while a mail waits,
// retries or has failed, its props hold manage and portal links, addresses and the visitor's words,
// and a copy of the database (a backup, a dump) must not make them usable (decision 0020).
// Sealing happens where the outbox is written and opening where a mail is rendered, so every
// template is covered without knowing what its props hold.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

import { z } from "zod";

import { currentKey, openingKeys } from "@/lib/security/keys";

const ALGORITHM = "aes-256-gcm";

const sealedPayloadSchema = z.object({
  sealed: z.literal(ALGORITHM),
  kid: z.string(),
  iv: z.string(),
  data: z.string(),
});

export type SealedPayload = z.output<typeof sealedPayloadSchema>;

export function isSealedPayload(value: unknown): value is SealedPayload {
  return sealedPayloadSchema.safeParse(value).success;
}

/** The template name is authenticated too: a sealed payload cannot be moved to another kind of mail. */
const associatedData = (template: string) => Buffer.from(`outbox:${template}`, "utf8");

export function sealMailProps(template: string, props: unknown): SealedPayload {
  const { id, key } = currentKey("outbox-payload");
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(associatedData(template));
  const data = Buffer.concat([
    cipher.update(JSON.stringify(props ?? null), "utf8"),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return { sealed: ALGORITHM, kid: id, iv: iv.toString("base64url"), data: data.toString("base64url") };
}

export class SealedPayloadError extends Error {
  override name = "SealedPayloadError";
}

/**
 * The props of a stored outbox payload. Payloads written before sealing (and the marker left after
 * a sensitive mail was sent) are returned as they are.
 */
export function openMailPayload(template: string, stored: unknown): unknown {
  if (!isSealedPayload(stored)) return stored;
  const key = openingKeys("outbox-payload").find((candidate) => candidate.id === stored.kid);
  if (!key) {
    throw new SealedPayloadError(
      "This mail was sealed with a key that is no longer configured: set the AUTH_SECRET it was written under as AUTH_SECRET_PREVIOUS.",
    );
  }
  const raw = Buffer.from(stored.data, "base64url");
  const decipher = createDecipheriv(ALGORITHM, key.key, Buffer.from(stored.iv, "base64url"));
  decipher.setAAD(associatedData(template));
  decipher.setAuthTag(raw.subarray(raw.length - 16));
  try {
    const text = Buffer.concat([decipher.update(raw.subarray(0, raw.length - 16)), decipher.final()]).toString("utf8");
    const props: unknown = JSON.parse(text);
    return props;
  } catch (error) {
    throw new SealedPayloadError("This mail's stored props fail their integrity check.", { cause: error });
  }
}
