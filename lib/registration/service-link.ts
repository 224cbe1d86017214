// The team's registration link of an engagement (decision 0031): one active link per inquiry
// (RegistrationLink_active_guard), made when the dates are set, renewed or revoked by the
// consultant. Renewing revokes the old link, so a link that went too far stops working.
import { randomUUID } from "node:crypto";

import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";

import { newRegistrationToken, registrationTokenOf } from "./link-token";
import type { RegistrationLinkInput } from "./schemas";

async function lockInquiry(tx: Tx, inquiryId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Inquiry" WHERE "id" = ${inquiryId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "Diese Anfrage gibt es nicht.");
}

async function createLink(tx: Tx, inquiryId: string): Promise<string> {
  const id = randomUUID();
  const { token, hash } = newRegistrationToken(id);
  await tx.registrationLink.create({ data: { id, inquiryId, tokenHash: hash } });
  return token;
}

/**
 * The engagement's active registration link, made if there is none (or if the one there was made
 * under a secret no longer configured). Call inside the caller's transaction; returns the token.
 */
export async function ensureRegistrationLink(tx: Tx, actor: Actor, inquiryId: string): Promise<string> {
  await lockInquiry(tx, inquiryId);
  const active = await tx.registrationLink.findFirst({ where: { inquiryId, revokedAt: null } });
  const token = active ? registrationTokenOf(active) : null;
  if (active && token) return token;
  if (active) await tx.registrationLink.update({ where: { id: active.id }, data: { revokedAt: new Date() } });
  const created = await createLink(tx, inquiryId);
  await recordAudit(tx, actor, { action: "registration-link.create", entityType: "Inquiry", entityId: inquiryId });
  return created;
}

/** Revokes the active link (if any) and makes a new one; the old link opens nothing from now on. */
export async function renewRegistrationLink(db: Database, actor: Actor, input: RegistrationLinkInput): Promise<string> {
  return inTransaction(db, async (tx) => {
    await lockInquiry(tx, input.inquiryId);
    await tx.registrationLink.updateMany({
      where: { inquiryId: input.inquiryId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const token = await createLink(tx, input.inquiryId);
    await recordAudit(tx, actor, {
      action: "registration-link.renew",
      entityType: "Inquiry",
      entityId: input.inquiryId,
    });
    return token;
  });
}

/** Revokes the active link; nobody registers through it any more until the consultant makes a new one. */
export async function revokeRegistrationLink(db: Database, actor: Actor, input: RegistrationLinkInput): Promise<void> {
  await inTransaction(db, async (tx) => {
    await lockInquiry(tx, input.inquiryId);
    const { count } = await tx.registrationLink.updateMany({
      where: { inquiryId: input.inquiryId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count > 0) {
      await recordAudit(tx, actor, {
        action: "registration-link.revoke",
        entityType: "Inquiry",
        entityId: input.inquiryId,
      });
    }
  });
}
