// The consultant's work on an inquiry: status changes, notes and replies. Each write locks the
// inquiry row and records what happened in the timeline inside the same transaction, so the
// history can never disagree with the state.
import { actorUserId, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { enqueueMail } from "@/lib/mail/outbox";
import { notifyEngagementStatus } from "@/lib/proposals/notify";

import type { ChangeInquiryStatusInput, InquiryNoteInput, InquiryReplyInput } from "./admin-schemas";
import { canTransition, finalInquiryStatuses, inquiryStatusLabels } from "./rules";

type LockedInquiry = { id: string; status: InquiryStatus; firstResponseAt: Date | null };

/** Locks the inquiry row until the transaction ends; every pipeline change goes through here. */
async function lockInquiry(tx: Tx, inquiryId: string): Promise<LockedInquiry> {
  const rows = await tx.$queryRaw<LockedInquiry[]>`
    SELECT "id", "status"::text AS "status", "firstResponseAt"
      FROM "Inquiry" WHERE "id" = ${inquiryId}::uuid FOR UPDATE`;
  const inquiry = rows[0];
  if (!inquiry) throw new AppError("NOT_FOUND", "Diese Anfrage gibt es nicht.");
  return inquiry;
}

export type StatusChange = { inquiryId: string; to: InquiryStatus; note?: string | null };

/**
 * Moves an inquiry to another status inside the caller's transaction and writes the timeline
 * event. Refuses moves the pipeline does not allow (see rules.ts), with a German message.
 * A step of other services' transactions too: the proposal flow (PROPOSAL_SENT, CONFIRMED).
 */
export async function applyStatusChange(
  tx: Tx,
  actor: Actor,
  change: StatusChange,
): Promise<{ from: InquiryStatus; to: InquiryStatus }> {
  const inquiry = await lockInquiry(tx, change.inquiryId);
  const from = inquiry.status;
  if (!canTransition(from, change.to)) {
    throw new AppError(
      "CONFLICT",
      `Eine Anfrage mit dem Status «${inquiryStatusLabels[from]}» kann nicht auf «${inquiryStatusLabels[change.to]}» gesetzt werden.`,
      { field: "to" },
    );
  }
  const now = new Date();
  await tx.inquiry.update({
    where: { id: inquiry.id },
    data: { status: change.to, closedAt: finalInquiryStatuses.includes(change.to) ? now : null },
  });
  await tx.inquiryEvent.create({
    data: {
      inquiryId: inquiry.id,
      type: "STATUS_CHANGED",
      actorId: actorUserId(actor),
      fromStatus: from,
      toStatus: change.to,
      body: change.note?.trim() || null,
      createdAt: now,
    },
  });
  return { from, to: change.to };
}

/** The consultant moves an inquiry; dates set or course held reach the client contact (decision 0023). */
export function changeInquiryStatus(db: Database, actor: Actor, input: ChangeInquiryStatusInput) {
  return inTransaction(db, async (tx) => {
    const change = await applyStatusChange(tx, actor, input);
    await notifyEngagementStatus(tx, { inquiryId: input.inquiryId, status: change.to });
    return change;
  });
}

/** An internal note in the timeline; never shown to the requester. */
export function addInquiryNote(db: Database, actor: Actor, input: InquiryNoteInput) {
  return inTransaction(db, async (tx) => {
    const inquiry = await lockInquiry(tx, input.inquiryId);
    return tx.inquiryEvent.create({
      data: { inquiryId: inquiry.id, type: "NOTE", actorId: actorUserId(actor), body: input.body.trim() },
    });
  });
}

/**
 * Writes the consultant's answer to the outbox (delivery happens in the background) and records
 * it in the timeline. The first answer sets the first-response time, which ends "overdue".
 * The request id makes a repeated submission (double click, retry after a lost connection) a no-op.
 */
export function sendInquiryReply(
  db: Database,
  actor: Actor,
  reply: InquiryReplyInput,
): Promise<{ outboxMessageId: string; repeated: boolean }> {
  return inTransaction(db, (tx) => writeInquiryReply(tx, actor, reply));
}

async function writeInquiryReply(tx: Tx, actor: Actor, reply: InquiryReplyInput) {
  const locked = await lockInquiry(tx, reply.inquiryId);
  const inquiry = await tx.inquiry.findUniqueOrThrow({
    where: { id: locked.id },
    select: { id: true, email: true, reference: true, anonymisedAt: true },
  });
  if (inquiry.anonymisedAt) {
    throw new AppError("CONFLICT", "Diese Anfrage ist anonymisiert; es gibt keine Adresse mehr für eine Antwort.");
  }
  const message = await enqueueMail(tx, {
    template: "message",
    props: { subject: reply.subject, body: reply.body, reference: inquiry.reference },
    to: inquiry.email,
    replyTo: getEnv().CONSULTANT_EMAIL,
    idempotencyKey: `inquiry:${inquiry.id}:reply:${reply.requestId}`,
    inquiryId: inquiry.id,
  });
  const repeated = (await tx.inquiryEvent.count({ where: { outboxMessageId: message.id } })) > 0;
  if (repeated) return { outboxMessageId: message.id, repeated };
  const now = new Date();
  await tx.inquiryEvent.create({
    data: {
      inquiryId: inquiry.id,
      type: "EMAIL",
      actorId: actorUserId(actor),
      body: reply.body,
      outboxMessageId: message.id,
      data: { subject: reply.subject, to: inquiry.email },
      createdAt: now,
    },
  });
  if (!locked.firstResponseAt) {
    await tx.inquiry.update({ where: { id: inquiry.id }, data: { firstResponseAt: now } });
  }
  return { outboxMessageId: message.id, repeated };
}
