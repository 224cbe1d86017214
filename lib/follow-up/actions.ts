"use server";

// The client contact's transfer check: public, the link's token is the only key, rate-limited.
import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientKey } from "@/lib/request";

import { followUpSchema } from "./schemas";
import { submitFollowUp } from "./service";

export async function submitFollowUpAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const data = parseInput(followUpSchema, input);
    const limit = await hitRateLimit(getDb(), `follow-up:${await clientKey()}`, { limit: 20, windowSeconds: 600 });
    if (!limit.allowed) {
      throw new AppError("RATE_LIMITED", "Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten.");
    }
    const { newReference } = await submitFollowUp(getDb(), visitor, data);
    return success(
      null,
      newReference
        ? `Herzlichen Dank! Ihr Wunsch nach einer Folgeveranstaltung ist als Anfrage ${newReference} eingegangen; ich melde mich bei Ihnen.`
        : "Herzlichen Dank für Ihre Antworten!",
    );
  });
}
