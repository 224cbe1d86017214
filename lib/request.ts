import "server-only";

import { createHash } from "node:crypto";

import { headers } from "next/headers";

/**
 * The client's address, as a hash: enough to rate-limit, never stored or logged in clear.
 * Behind a proxy the first X-Forwarded-For entry is the client.
 */
export async function clientKey(): Promise<string> {
  const list = await headers();
  const forwarded = list.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || list.get("x-real-ip") || "unknown";
  return createHash("sha256").update(`anliegen:${address}`).digest("hex").slice(0, 32);
}
