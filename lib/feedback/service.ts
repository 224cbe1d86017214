// Writes of course feedback (decision 0027). Each opens its own transaction and writes its audit
// row inside it; the actions revalidate the public testimonials after a change. The answer is not linked to the invitation it used, so an anonymous answer
// cannot be traced back to a participant; the invitation only records that it was used.
import type { RunCertificates } from "@/lib/certificates/queries";
import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { absoluteUrl } from "@/lib/links";
import { hashManageToken, isManageTokenShape, newManageToken } from "@/lib/manage-token";

import { notifyFeedbackThanks } from "./notify";
import { attributionFor } from "./rules";
import type { FeedbackInput, QuoteFormValue } from "./schemas";

export const FEEDBACK_LINK_USED = "Mit diesem Link wurde bereits eine Rückmeldung gegeben. Herzlichen Dank!";
export const FEEDBACK_LINK_INVALID =
  "Dieser Link ist nicht gültig. Bitte prüfen Sie, ob Sie ihn vollständig kopiert haben.";

export const feedbackLinks = {
  form: (token: string) => absoluteUrl(`/rueckmeldung/${token}`),
  withdraw: (token: string) => absoluteUrl(`/rueckmeldung/zurueckziehen/${token}`),
};

/** One single-use link per attended participant with an address; returns the links by participant. */
export async function createFeedbackInvitations(
  tx: Tx,
  run: RunCertificates,
  runId: string,
): Promise<ReadonlyMap<string, string>> {
  const links = new Map<string, string>();
  for (const participant of run.participants) {
    if (!participant.email) continue;
    const { token, hash } = newManageToken();
    await tx.feedbackInvitation.create({
      data: {
        runId,
        participantKey: participant.key,
        name: participant.name,
        email: participant.email,
        tokenHash: hash,
      },
    });
    links.set(participant.key, feedbackLinks.form(token));
  }
  return links;
}

export async function submitFeedback(db: Database, actor: Actor, input: FeedbackInput, now = new Date()) {
  if (!isManageTokenShape(input.token)) throw new AppError("NOT_FOUND", FEEDBACK_LINK_INVALID);
  return inTransaction(db, async (tx) => {
    const invitation = await tx.feedbackInvitation.findUnique({
      where: { tokenHash: hashManageToken(input.token) },
      select: { id: true, runId: true, name: true, email: true, run: { select: { inquiryId: true } } },
    });
    if (!invitation) throw new AppError("NOT_FOUND", FEEDBACK_LINK_INVALID);
    // Claimed with a conditional update: a second tab or a double click finds it used.
    const { count } = await tx.feedbackInvitation.updateMany({
      where: { id: invitation.id, usedAt: null },
      data: { usedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", FEEDBACK_LINK_USED);
    const goals = await feedbackGoalTitles(tx, invitation.runId);
    const withdraw = input.quote ? newManageToken() : null;
    const quoteForm = input.quote && input.quoteForm ? (input.quoteForm as QuoteFormValue) : null;
    const response = await tx.feedbackResponse.create({
      data: {
        runId: invitation.runId,
        overallRating: input.overallRating,
        goalRatings: {
          v: 1,
          goals: goals
            .map((title, index) => ({ title, rating: input.goalRatings[index] ?? 0 }))
            .filter((g) => g.rating > 0),
        },
        helpedMost: input.helpedMost,
        toChange: input.toChange,
        authorName: input.anonymous ? null : invitation.name,
        quote: quoteForm ? input.quote : null,
        quoteForm,
        consentName: quoteForm ? invitation.name : null,
        consentOffice: quoteForm ? input.office : null,
        consentAt: quoteForm ? now : null,
        withdrawTokenHash: withdraw?.hash ?? null,
      },
    });
    await notifyFeedbackThanks(tx, {
      to: invitation.email,
      name: invitation.name,
      withdrawUrl: withdraw ? feedbackLinks.withdraw(withdraw.token) : undefined,
      responseId: response.id,
      inquiryId: invitation.run.inquiryId,
    });
    await recordAudit(tx, actor, {
      action: "feedback.submitted",
      entityType: "FeedbackResponse",
      entityId: response.id,
      data: { runId: invitation.runId, quote: Boolean(quoteForm) },
    });
    return { responseId: response.id };
  });
}

/** The goals a run's feedback asks about: those on its certificates, recorded when asked. */
async function feedbackGoalTitles(tx: Tx, runId: string): Promise<string[]> {
  const run = await tx.courseRun.findUniqueOrThrow({ where: { id: runId }, select: { runKey: true } });
  const { getRunCertificates, runRefOfKey } = await import("@/lib/certificates/queries");
  const ref = runRefOfKey(run.runKey);
  return ref ? ((await getRunCertificates(tx, ref))?.goals ?? []) : [];
}

/**
 * Makes a consented quote a public testimonial in one step: the wording and attribution exactly as
 * consented, the consent date kept, the public pages revalidated at once.
 */
export async function promoteQuote(db: Database, actor: Actor, responseId: string, now = new Date()) {
  const testimonialId = await inTransaction(db, async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "FeedbackResponse" WHERE "id" = ${responseId}::uuid FOR UPDATE`;
    if (rows.length === 0) throw new AppError("NOT_FOUND", "Diese Rückmeldung gibt es nicht.");
    const response = await tx.feedbackResponse.findUniqueOrThrow({ where: { id: responseId } });
    if (response.testimonialId) return response.testimonialId;
    if (!response.quote || !response.quoteForm || !response.consentAt || response.withdrawnAt) {
      throw new AppError("CONFLICT", "Für dieses Zitat liegt keine Zustimmung zur Veröffentlichung vor.");
    }
    const { authorName, organisation } = attributionFor(
      response.quoteForm,
      response.consentName ?? "",
      response.consentOffice ?? "",
    );
    const testimonial = await tx.testimonial.create({
      data: {
        quote: response.quote,
        authorName,
        organisation,
        consent: true,
        consentAt: response.consentAt,
        published: true,
      },
    });
    await tx.feedbackResponse.update({
      where: { id: responseId },
      data: { testimonialId: testimonial.id, promotedAt: now },
    });
    await recordAudit(tx, actor, {
      action: "feedback.quote-promoted",
      entityType: "Testimonial",
      entityId: testimonial.id,
      data: { responseId, form: response.quoteForm, consentAt: response.consentAt.toISOString() },
    });
    return testimonial.id;
  });
  return { testimonialId };
}

/** The link in the thank-you mail: the quote leaves the site and is not kept. */
export async function withdrawConsent(db: Database, actor: Actor, token: string, now = new Date()) {
  if (!isManageTokenShape(token)) throw new AppError("NOT_FOUND", FEEDBACK_LINK_INVALID);
  const result = await inTransaction(db, async (tx) => {
    const response = await tx.feedbackResponse.findUnique({
      where: { withdrawTokenHash: hashManageToken(token) },
      select: { id: true, testimonialId: true, withdrawnAt: true },
    });
    if (!response) throw new AppError("NOT_FOUND", FEEDBACK_LINK_INVALID);
    if (response.withdrawnAt) return { removed: false };
    if (response.testimonialId) await tx.testimonial.delete({ where: { id: response.testimonialId } });
    await tx.feedbackResponse.update({
      where: { id: response.id },
      data: { withdrawnAt: now, quote: null, testimonialId: null },
    });
    await recordAudit(tx, actor, {
      action: "feedback.consent-withdrawn",
      entityType: "FeedbackResponse",
      entityId: response.id,
      data: { testimonialRemoved: Boolean(response.testimonialId) },
    });
    return { removed: Boolean(response.testimonialId) };
  });
  return result;
}
