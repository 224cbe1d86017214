import "server-only";

import { createHash } from "node:crypto";

import { headers } from "next/headers";

import { CLIENT_HEADER } from "./client-address.mjs";

/**
 * The client's address as the app's HTTP server determined it (scripts/http-server.mjs: the
 * socket's peer, or what a trusted proxy forwarded; decision 0018). That server replaces whatever
 * a client sent in this header, so nothing here reads X-Forwarded-For or X-Real-IP. A bare
 * `next start` neither sets nor strips it: the app runs through `npm start`.
 */
export async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_HEADER) || "unknown";
}

/** The client's address as a hash: enough to rate-limit, never stored or logged in clear. */
export async function clientKey(): Promise<string> {
  return createHash("sha256")
    .update(`anliegen:${await clientAddress()}`)
    .digest("hex")
    .slice(0, 32);
}
