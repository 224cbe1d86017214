import "server-only";

import { headers } from "next/headers";

import { getLogger } from "@/lib/log";

/** Set by proxy.ts on every request (or taken from a trusted proxy in front), echoed in the response. */
export const REQUEST_ID_HEADER = "x-request-id";

/** The logger of the current request: every line carries its request id. */
export async function requestLogger() {
  let requestId: string | undefined;
  try {
    requestId = (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    // Outside a request (worker, script): the process logger alone.
  }
  return requestId ? getLogger().child({ requestId }) : getLogger();
}
