"use server";

// The client contact's changes to the participant list from the portal: public, so the portal token
// in the input is the only key, and every attempt counts against the portal's rate limit.
import { success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { PUBLIC_ATTEMPTS, publicAction } from "@/lib/public-action";

import { outcomeSummary } from "./participant-rules";
import { portalAddParticipantsSchema, portalRemoveParticipantSchema } from "./participant-schemas";
import { addParticipantsInPortal, removeParticipantInPortal } from "./service";

const portalLimit = { key: "portal", ...PUBLIC_ATTEMPTS };

export async function addParticipantsAction(input: unknown): Promise<ActionResult<null>> {
  return publicAction(input, {
    schema: portalAddParticipantsSchema,
    honeypot: () => null,
    rateLimit: portalLimit,
    run: async (data) => {
      const outcomes = await addParticipantsInPortal(getDb(), visitor, { token: data.token, list: data.list });
      return success(null, outcomeSummary(outcomes));
    },
  });
}

export async function removeParticipantAction(input: unknown): Promise<ActionResult<null>> {
  return publicAction(input, {
    schema: portalRemoveParticipantSchema,
    rateLimit: portalLimit,
    run: async (data) => {
      const { cancelled } = await removeParticipantInPortal(getDb(), visitor, data);
      return success(
        null,
        cancelled
          ? "Die Person ist abgemeldet und erhält keine weiteren Nachrichten."
          : "Diese Person war schon abgemeldet.",
      );
    },
  });
}
