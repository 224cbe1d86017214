"use server";

// Public entry points of the feedback: the link's token in the input is the only key, and every
// attempt counts against a rate limit per client address.
import { success, type ActionResult } from "@/lib/action-result";
import { revalidateTestimonials } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { PUBLIC_ATTEMPTS, publicAction } from "@/lib/public-action";

import { feedbackSchema, withdrawConsentSchema } from "./schemas";
import { submitFeedback, withdrawConsent } from "./service";

const feedbackLimit = { key: "feedback", ...PUBLIC_ATTEMPTS };

export async function submitFeedbackAction(input: unknown): Promise<ActionResult<null>> {
  return publicAction(input, {
    schema: feedbackSchema,
    rateLimit: feedbackLimit,
    run: async (data) => {
      await submitFeedback(getDb(), visitor, data);
      return success(null, "Herzlichen Dank für Ihre Rückmeldung! Sie erhalten eine kurze Bestätigung per E-Mail.");
    },
  });
}

export async function withdrawConsentAction(input: unknown): Promise<ActionResult<null>> {
  return publicAction(input, {
    schema: withdrawConsentSchema,
    rateLimit: feedbackLimit,
    run: async ({ token }) => {
      const result = await withdrawConsent(getDb(), visitor, token);
      if (result.removed) revalidateTestimonials();
      return success(null, "Ihre Zustimmung ist zurückgezogen. Das Zitat wird nicht mehr veröffentlicht.");
    },
  });
}
