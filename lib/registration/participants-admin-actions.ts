"use server";

// The consultant's changes to an engagement's participant list (decision 0036).
import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { IMPORT_DELIMITERS } from "./parse-participants";
import { outcomeSummary, type ImportPreview } from "./participant-rules";
import { adminAddParticipantSchema, adminImportSchema, adminRegistrationSchema } from "./participant-schemas";
import { importPreviewFor } from "./participants-queries";
import {
  cancelTeamRegistration,
  importParticipants,
  moveRegistrationToWaitlist,
  registerTeamMembers,
  seatRegistration,
} from "./service";

export async function addParticipantAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const { inquiryId, ...person } = parseInput(adminAddParticipantSchema, input);
    const outcomes = await registerTeamMembers(getDb(), userActor(viewer), {
      inquiryId,
      people: [person],
      source: "ADMIN",
    });
    return success(null, outcomeSummary(outcomes));
  });
}

/** What the file would change; writes nothing. */
export async function previewImportAction(input: unknown): Promise<ActionResult<ImportPreview>> {
  await requireAdmin();
  return runAction(async () => {
    const data = parseInput(adminImportSchema, input);
    return success(await importPreviewFor(getDb(), data.inquiryId, data.text, IMPORT_DELIMITERS));
  });
}

export async function importParticipantsAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(adminImportSchema, input);
    const result = await importParticipants(getDb(), userActor(viewer), data);
    const skipped = result.skippedLines.length > 0 ? ` Übersprungen: Zeile ${result.skippedLines.join(", ")}.` : "";
    return success(null, `${outcomeSummary(result.outcomes)}${skipped}`);
  });
}

export async function removeRegistrationAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(adminRegistrationSchema, input);
    const result = await cancelTeamRegistration(getDb(), userActor(viewer), data);
    const promoted = result.promotedRegistrationIds.length;
    return success(
      null,
      promoted === 0
        ? "Die Person ist abgemeldet."
        : `Die Person ist abgemeldet; ${promoted === 1 ? "eine Person ist" : `${promoted} Personen sind`} von der Warteliste nachgerückt und benachrichtigt.`,
    );
  });
}

export async function moveToWaitlistAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    await moveRegistrationToWaitlist(getDb(), userActor(viewer), parseInput(adminRegistrationSchema, input));
    return success(null, "Die Person steht jetzt am Ende der Warteliste; ihr Platz ist frei.");
  });
}

export async function seatRegistrationAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    await seatRegistration(getDb(), userActor(viewer), parseInput(adminRegistrationSchema, input));
    return success(null, "Die Person hat einen Platz und erhält die Bestätigung mit den Kalendereinträgen.");
  });
}
