"use server";

import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { revalidateSessions } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { AppError } from "@/lib/errors";
import { pluralText } from "@/lib/format";

import { designSchema, inquiryIdSchema, sessionsFromAgendaSchema } from "./schemas";
import {
  createDesignFromInquiry,
  createSessionsFromProposal,
  previewProposalMail,
  revokePortalAccess,
  saveDesign,
  sendProposal,
  type ProposalMailPreview,
} from "./service";

const konzeptPath = (reference: string) => `/admin/anfragen/${reference}/konzept`;

async function referenceOfDesign(designId: string): Promise<string> {
  const design = await getDb().courseDesign.findUnique({
    where: { id: designId },
    select: { inquiry: { select: { reference: true } } },
  });
  if (!design) throw new AppError("NOT_FOUND", "Dieses Konzept gibt es nicht mehr.");
  return design.inquiry.reference;
}

export async function createDesignAction(input: { inquiryId: string }): Promise<ActionResult<{ id: string }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(inquiryIdSchema, input);
    const design = await createDesignFromInquiry(getDb(), userActor(viewer), data);
    return success(design);
  });
}

export async function saveDesignAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(designSchema, input);
    await saveDesign(getDb(), userActor(viewer), data);
    revalidatePath(konzeptPath(await referenceOfDesign(data.designId)));
    return success(null, "Der Entwurf ist gespeichert.");
  });
}

/** Saves what the designer shows and renders the mail the client would get, to confirm before sending. */
export async function previewProposalAction(input: unknown): Promise<ActionResult<ProposalMailPreview>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(designSchema, input);
    await saveDesign(getDb(), userActor(viewer), data);
    return success(await previewProposalMail(getDb(), userActor(viewer), { designId: data.designId }));
  });
}

/** Saves what the designer shows and sends it as the next version. */
export async function sendProposalAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(designSchema, input);
    await saveDesign(getDb(), userActor(viewer), data);
    const sent = await sendProposal(getDb(), userActor(viewer), { designId: data.designId });
    revalidatePath(konzeptPath(await referenceOfDesign(data.designId)));
    return success({ version: sent.version }, `Version ${sent.version} der Offerte ist gesendet.`);
  });
}

export async function revokePortalAction(input: { inquiryId: string }): Promise<ActionResult<{ revoked: number }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(inquiryIdSchema, input);
    const revoked = await revokePortalAccess(getDb(), userActor(viewer), data);
    return success({ revoked }, `${pluralText(revoked, "Link ist", "Links sind")} gesperrt.`);
  });
}

export async function createSessionsAction(
  input: unknown,
): Promise<ActionResult<{ created: number; alreadyCreated: boolean }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(sessionsFromAgendaSchema, input);
    const result = await createSessionsFromProposal(getDb(), userActor(viewer), data);
    revalidateSessions();
    return success(
      result,
      result.alreadyCreated
        ? "Die Kurstermine zu dieser Offerte sind bereits erfasst."
        : result.created === 1
          ? "Der Kurstermin ist erfasst."
          : `${result.created} Kurstermine sind erfasst.`,
    );
  });
}
