"use server";

// Public entry point of team registration (decision 0031): the registration link's token in the
// input is the only key, and every attempt counts against a rate limit per client address.
import { success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { PUBLIC_ATTEMPTS, publicAction } from "@/lib/public-action";

import { registerByLinkSchema } from "./schemas";
import { registerByLink } from "./service";

export type RegisteredByLink = {
  outcome: "REGISTERED" | "WAITLISTED" | "ALREADY_REGISTERED";
  status: "REGISTERED" | "WAITLISTED";
  waitlistPosition: number | null;
  email: string;
};

export async function registerByLinkAction(input: unknown): Promise<ActionResult<RegisteredByLink>> {
  return publicAction(input, {
    schema: registerByLinkSchema,
    rateLimit: { key: "team-registration", ...PUBLIC_ATTEMPTS },
    // A bot that filled the hidden field is told it is registered; nothing is written.
    honeypot: (data) => ({ outcome: "REGISTERED", status: "REGISTERED", waitlistPosition: null, email: data.email }),
    run: async (data) => {
      const result = await registerByLink(getDb(), visitor, data);
      return success({
        outcome: result.outcome,
        status: result.status,
        waitlistPosition: result.waitlistPosition,
        email: result.email,
      });
    },
  });
}
