"use server";

// The client's answers from the portal: public, so the token in the input is the only key and
// every attempt counts against a rate limit per client address.
import { success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { PUBLIC_ATTEMPTS, publicAction } from "@/lib/public-action";

import { acceptProposalSchema, requestChangesSchema } from "./schemas";
import { acceptProposal, requestProposalChanges } from "./service";

const portalLimit = { key: "portal", ...PUBLIC_ATTEMPTS };

export async function acceptProposalAction(input: unknown): Promise<ActionResult<null>> {
  return publicAction(input, {
    schema: acceptProposalSchema,
    rateLimit: portalLimit,
    run: async (data) => {
      await acceptProposal(getDb(), visitor, data);
      return success(null, "Herzlichen Dank: Die Offerte ist angenommen. Sie erhalten eine Bestätigung per E-Mail.");
    },
  });
}

export async function requestChangesAction(input: unknown): Promise<ActionResult<null>> {
  return publicAction(input, {
    schema: requestChangesSchema,
    rateLimit: portalLimit,
    run: async (data) => {
      await requestProposalChanges(getDb(), visitor, data);
      return success(
        null,
        "Herzlichen Dank: Ihr Änderungswunsch ist übermittelt. Sie erhalten eine überarbeitete Fassung.",
      );
    },
  });
}
