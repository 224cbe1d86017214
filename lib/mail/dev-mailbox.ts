import "server-only";

import path from "node:path";

import { notFound } from "next/navigation";

import { getEnv, isDevMailboxEnabled } from "@/lib/env";

/** The dev mailbox folder; answers 404 wherever the dev mailbox is switched off (production). */
export function requireDevMailbox(): string {
  const env = getEnv();
  if (!isDevMailboxEnabled(env)) notFound();
  return path.resolve(env.MAIL_DIR);
}
