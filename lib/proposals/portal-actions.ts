"use server";

// The client's answers from the portal: public, so the token in the input is the only key and
// every attempt counts against a rate limit per client address.
import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { AppError } from "@/lib/errors";
import { TOO_MANY_ATTEMPTS_MESSAGE } from "@/lib/messages";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientKey } from "@/lib/request";

import { acceptProposalSchema, requestChangesSchema } from "./schemas";
import { acceptProposal, requestProposalChanges } from "./service";

const TOO_MANY = TOO_MANY_ATTEMPTS_MESSAGE;

async function limitPortal(): Promise<void> {
  const result = await hitRateLimit(getDb(), `portal:${await clientKey()}`, { limit: 20, windowSeconds: 600 });
  if (!result.allowed) throw new AppError("RATE_LIMITED", TOO_MANY);
}

export async function acceptProposalAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const data = parseInput(acceptProposalSchema, input);
    await limitPortal();
    await acceptProposal(getDb(), visitor, data);
    return success(null, "Herzlichen Dank: Die Offerte ist angenommen. Sie erhalten eine Bestätigung per E-Mail.");
  });
}

export async function requestChangesAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const data = parseInput(requestChangesSchema, input);
    await limitPortal();
    await requestProposalChanges(getDb(), visitor, data);
    return success(
      null,
      "Herzlichen Dank: Ihr Änderungswunsch ist übermittelt. Sie erhalten eine überarbeitete Fassung.",
    );
  });
}
