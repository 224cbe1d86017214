// Writes of the follow-up ("Nachbereitung", decision 0027). The job sends each due transfer check
// once (claimed with a conditional update); the answer lands on the inquiry's timeline, and a wish
// for a follow-up session opens a new inquiry linked to the first, prefilled from it.
import { readConsultationSettings } from "@/lib/consultation/settings";
import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { responseDueAt } from "@/lib/inquiries/due";
import { nextInquiryReference } from "@/lib/inquiries/reference";
import { absoluteUrl } from "@/lib/links";
import { hashManageToken, isManageTokenShape, newManageToken } from "@/lib/manage-token";

import { notifyFollowUp } from "./notify";
import { followUpInquiryMessage, followUpTimelineText } from "./rules";
import type { FollowUpInput } from "./schemas";

export const FOLLOW_UP_LINK_INVALID =
  "Dieser Link ist nicht gültig. Bitte prüfen Sie, ob Sie ihn vollständig kopiert haben.";
export const FOLLOW_UP_ANSWERED = "Diese Nachbereitung ist bereits beantwortet. Herzlichen Dank!";

export const followUpLink = (token: string) => absoluteUrl(`/nachbereitung/${token}`);

/** Mails every due transfer check of an in-house course; returns how many were sent. */
export async function sendDueFollowUps(db: Database, actor: Actor, now = new Date()): Promise<number> {
  const due = await db.courseRun.findMany({
    where: { inquiryId: { not: null }, followUpSentAt: null, followUpDueAt: { lte: now } },
    select: { id: true },
  });
  let sent = 0;
  for (const { id } of due) {
    const claimed = await inTransaction(db, async (tx) => {
      const { token, hash } = newManageToken();
      const { count } = await tx.courseRun.updateMany({
        where: { id, followUpSentAt: null },
        data: { followUpSentAt: now, followUpTokenHash: hash },
      });
      if (count === 0) return false;
      const run = await tx.courseRun.findUniqueOrThrow({
        where: { id },
        select: {
          title: true,
          inquiry: { select: { id: true, salutation: true, contactName: true, email: true, anonymisedAt: true } },
        },
      });
      // An anonymised inquiry has no one left to ask.
      if (!run.inquiry || run.inquiry.anonymisedAt) return false;
      await notifyFollowUp(tx, {
        runId: id,
        inquiryId: run.inquiry.id,
        to: run.inquiry.email,
        salutation: run.inquiry.salutation,
        contactName: run.inquiry.contactName,
        courseTitle: run.title,
        url: followUpLink(token),
      });
      await recordAudit(tx, actor, { action: "follow-up.sent", entityType: "CourseRun", entityId: id });
      return true;
    });
    if (claimed) sent++;
  }
  return sent;
}

export type FollowUpView =
  | { state: "INVALID" | "ANSWERED" }
  | { state: "OK"; contactName: string; organisationName: string; courseTitle: string };

export async function submitFollowUp(db: Database, actor: Actor, input: FollowUpInput, now = new Date()) {
  if (!isManageTokenShape(input.token)) throw new AppError("NOT_FOUND", FOLLOW_UP_LINK_INVALID);
  const settings = await readConsultationSettings(db);
  const dueAt = responseDueAt(now, getEnv().INQUIRY_RESPONSE_WORKING_DAYS, settings.canton);
  return inTransaction(db, async (tx) => {
    const run = await tx.courseRun.findUnique({
      where: { followUpTokenHash: hashManageToken(input.token) },
      select: { id: true, title: true, courseId: true, followUpAnsweredAt: true, inquiry: true },
    });
    if (!run?.inquiry) throw new AppError("NOT_FOUND", FOLLOW_UP_LINK_INVALID);
    const { count } = await tx.courseRun.updateMany({
      where: { id: run.id, followUpAnsweredAt: null },
      data: { followUpAnsweredAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", FOLLOW_UP_ANSWERED);
    const first = run.inquiry;
    let newReference: string | null = null;
    if (input.wantsSession) {
      newReference = await nextInquiryReference(tx, now);
      const created = await tx.inquiry.create({
        data: {
          reference: newReference,
          followUpOfId: first.id,
          organisationName: first.organisationName,
          organisationKind: first.organisationKind,
          department: first.department,
          contactName: first.contactName,
          email: first.email,
          phone: first.phone,
          participants: first.participants,
          fieldId: first.fieldId,
          courseId: run.courseId,
          challenges: first.challenges,
          language: first.language,
          venue: first.venue,
          venueNote: first.venueNote,
          message: followUpInquiryMessage(input, first.reference, run.title),
          // The contact agreed to the processing with the first inquiry and asks again now.
          privacyConsentAt: now,
          receivedAt: now,
          responseDueAt: dueAt,
        },
        select: { id: true },
      });
      await tx.inquiryEvent.create({
        data: {
          inquiryId: created.id,
          type: "RECEIVED",
          toStatus: "NEW",
          body: `Folgeanfrage aus der Nachbereitung von ${first.reference}.`,
          data: { followUpOf: first.id },
        },
      });
    }
    await tx.inquiryEvent.create({
      data: {
        inquiryId: first.id,
        type: "FOLLOW_UP_ANSWERED",
        body: followUpTimelineText(input, newReference),
        data: { runId: run.id, wantsSession: input.wantsSession, newReference },
      },
    });
    await recordAudit(tx, actor, {
      action: "follow-up.answered",
      entityType: "CourseRun",
      entityId: run.id,
      data: { newReference },
    });
    return { newReference };
  });
}
