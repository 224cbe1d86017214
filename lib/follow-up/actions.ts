"use server";

// The client contact's transfer check: public, the link's token is the only key, rate-limited.
import { success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { PUBLIC_ATTEMPTS, publicAction } from "@/lib/public-action";

import { followUpSchema } from "./schemas";
import { submitFollowUp } from "./service";

export async function submitFollowUpAction(input: unknown): Promise<ActionResult<null>> {
  return publicAction(input, {
    schema: followUpSchema,
    rateLimit: { key: "follow-up", ...PUBLIC_ATTEMPTS },
    run: async (data) => {
      const { newReference } = await submitFollowUp(getDb(), visitor, data);
      return success(
        null,
        newReference
          ? `Herzlichen Dank! Ihr Wunsch nach einer Folgeveranstaltung ist als Anfrage ${newReference} eingegangen; ich melde mich bei Ihnen.`
          : "Herzlichen Dank für Ihre Antworten!",
      );
    },
  });
}
