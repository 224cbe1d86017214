"use server";

// Public entry points of the feedback: the link's token in the input is the only key, and every
// attempt counts against a rate limit per client address.
import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { revalidateTestimonials } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientKey } from "@/lib/request";

import { feedbackSchema, withdrawConsentSchema } from "./schemas";
import { submitFeedback, withdrawConsent } from "./service";

async function limitFeedback(): Promise<void> {
  const result = await hitRateLimit(getDb(), `feedback:${await clientKey()}`, { limit: 20, windowSeconds: 600 });
  if (!result.allowed) {
    throw new AppError("RATE_LIMITED", "Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten.");
  }
}

export async function submitFeedbackAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const data = parseInput(feedbackSchema, input);
    await limitFeedback();
    await submitFeedback(getDb(), visitor, data);
    return success(null, "Herzlichen Dank für Ihre Rückmeldung! Sie erhalten eine kurze Bestätigung per E-Mail.");
  });
}

export async function withdrawConsentAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { token } = parseInput(withdrawConsentSchema, input);
    await limitFeedback();
    const result = await withdrawConsent(getDb(), visitor, token);
    if (result.removed) revalidateTestimonials();
    return success(null, "Ihre Zustimmung ist zurückgezogen. Das Zitat wird nicht mehr veröffentlicht.");
  });
}
