import "server-only";

// The one path of every public server action (no sign-in): parse the untrusted input with the
// schema the form also uses (control characters refused at their field, lib/input-guard.ts), answer
// a filled honeypot calmly without doing anything, count the client against a rate limit (by the
// one client-address module, lib/request.ts), then run the body; every outcome becomes the one
// result shape of lib/action-result.ts.
import type { z } from "zod";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitRateLimit, type RateLimitRule } from "@/lib/rate-limit";
import { clientKey } from "@/lib/request";

export const TOO_MANY_ATTEMPTS_MESSAGE = "Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten.";

/** Links and forms a stranger may try many times: 20 attempts per client in ten minutes. */
export const PUBLIC_ATTEMPTS: RateLimitRule = { limit: 20, windowSeconds: 600 };

export type PublicActionSpec<S extends z.ZodType, T> = {
  schema: S;
  /** What a filled honeypot field ("website") gets: an answer that looks like success, nothing done. */
  honeypot?: (data: z.infer<S>) => T;
  /** Counted per client before the body runs; the key is `<key>:<client>`. */
  rateLimit: RateLimitRule & { key: string; message?: string };
  run: (data: z.infer<S>, context: { client: string }) => Promise<ActionResult<T>>;
};

export async function publicAction<S extends z.ZodType, T>(
  input: unknown,
  spec: PublicActionSpec<S, T>,
): Promise<ActionResult<T>> {
  return runAction(async () => {
    const data = parseInput(spec.schema, input);
    if (spec.honeypot && isHoneypotFilled(data)) return success(spec.honeypot(data));
    const client = await clientKey();
    const { key, message, ...rule } = spec.rateLimit;
    const counted = await hitRateLimit(getDb(), `${key}:${client}`, rule);
    if (!counted.allowed) throw new AppError("RATE_LIMITED", message ?? TOO_MANY_ATTEMPTS_MESSAGE);
    return spec.run(data, { client });
  });
}

function isHoneypotFilled(data: unknown): boolean {
  const website = (data as { website?: unknown } | null)?.website;
  return typeof website === "string" && website.length > 0;
}
