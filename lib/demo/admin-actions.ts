"use server";

import { runAction, success, type ActionResult } from "@/lib/action-result";
import { requireOwner } from "@/lib/auth/guards";
import { revalidateSessions } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { pluralText } from "@/lib/format";

import { removeDemoSessions, type DemoRemoval } from "./service";

/** Owner only: the demo dates stand on the public site, so removing them is the owner's call. */
export async function removeDemoDataAction(): Promise<ActionResult<DemoRemoval>> {
  const viewer = await requireOwner();
  return runAction(async () => {
    const result = await removeDemoSessions(getDb(), userActor(viewer));
    revalidateSessions();
    const removed = pluralText(result.removed, "Demotermin entfernt", "Demotermine entfernt");
    const kept = result.kept
      ? ` ${pluralText(result.kept, "Demotermin hat Buchungen und bleibt", "Demotermine haben Buchungen und bleiben")}: bitte absagen.`
      : "";
    return success(result, `${removed}.${kept}`);
  });
}
