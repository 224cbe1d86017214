// Feedback after the course (decision 0027): single-use links mailed with the certificates, an
// anonymous answer and one with a consented quote, the figures the charts show checked against
// the answers, the quote promoted to a public testimonial and removed again by withdrawal.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { RatingDistributionChart, RatingTrendChart } from "@/components/after-course/rating-charts";
import { listTestimonials } from "@/lib/catalogue/queries";
import { getDb } from "@/lib/db";
import { systemActor, visitor } from "@/lib/db/actor";
import { getFeedbackForm } from "@/lib/feedback/queries";
import { emptyFeedback, feedbackSchema } from "@/lib/feedback/schemas";
import { submitFeedback, withdrawConsent } from "@/lib/feedback/service";
import { runAfterCourse } from "@/lib/jobs/after-course";
import { renderOutboxMessage } from "@/lib/mail/render";
import { deletePersonalData } from "@/lib/privacy/service";

import { seedWithOwner } from "../setup/admin-fixtures";
import { heldTwoDayCourse } from "../setup/after-course-fixtures";

const session = vi.hoisted(() => ({ userId: null as string | null }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => session.userId }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-anliegen-client": "10.0.0.14" }) }));
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: (tag: string) => revalidated.push(tag),
}));

const { promoteQuoteAction } = await import("@/lib/feedback/admin-actions");
const { withdrawConsentAction } = await import("@/lib/feedback/actions");
const { getRunFeedbackForAdmin, listFeedbackRunsForAdmin } = await import("@/lib/feedback/admin-queries");

const db = () => getDb();
let actor = { id: "", name: "Markus Muster" as string | null };

beforeAll(async () => {
  actor = await seedWithOwner(db());
});

async function linkFor(inquiryId: string, email: string, pattern: RegExp): Promise<string> {
  const row = await db().outboxMessage.findFirstOrThrow({ where: { inquiryId, recipient: email } });
  const mail = await renderOutboxMessage(row);
  return pattern.exec(mail.text)![1]!;
}

const answer = (token: string, overrides: Partial<Record<string, unknown>>) =>
  feedbackSchema.parse({
    ...emptyFeedback(token),
    overallRating: "4",
    ...overrides,
  });

describe("feedback after the course", () => {
  it("collects two answers, shows their figures in the charts, publishes the consented quote and withdraws it", async () => {
    const { inquiry, snapshot } = await heldTwoDayCourse(db(), actor, "Steueramt Luzern", 2033);
    await runAfterCourse(db(), new Date("2033-03-12T20:00:00Z"));
    const run = await db().courseRun.findFirstOrThrow({ where: { inquiryId: inquiry.id } });
    expect(await db().feedbackInvitation.count({ where: { runId: run.id } })).toBe(2);
    const feedbackLink = /\/rueckmeldung\/([A-Za-z0-9_-]{43})/;
    const annaToken = await linkFor(inquiry.id, "anna.2033@luzern.example", feedbackLink);
    const beatToken = await linkFor(inquiry.id, "beat.2033@luzern.example", feedbackLink);
    // Only hashes are stored.
    expect(await db().feedbackInvitation.count({ where: { tokenHash: annaToken } })).toBe(0);

    const form = await getFeedbackForm(db(), annaToken);
    expect(form).toMatchObject({ state: "OK", name: "Anna Gfeller", goals: snapshot.goals.map((goal) => goal.title) });
    const goalCount = snapshot.goals.length;

    // A quote without consent is refused at the field, and so is a quote without an office.
    const refused = feedbackSchema.safeParse({ ...answer(beatToken, {}), quote: "Gut.", quoteForm: "INITIALS_OFFICE" });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((issue) => issue.path.join("."))).toEqual(["consent", "office"]);

    await submitFeedback(
      db(),
      visitor,
      answer(annaToken, {
        anonymous: true,
        overallRating: "5",
        goalRatings: Array(goalCount).fill("4"),
        helpedMost: "Die Rollenspiele mit echten Fällen.",
      }),
    );
    await submitFeedback(
      db(),
      visitor,
      answer(beatToken, {
        overallRating: "4",
        goalRatings: Array(goalCount).fill("5"),
        toChange: "Mehr Zeit für Telefonate.",
        quote: "Ich führe schwierige Gespräche jetzt ruhiger.",
        consent: true,
        quoteForm: "INITIALS_OFFICE",
        office: "Steueramt Luzern",
      }),
    );
    // Single use.
    await expect(submitFeedback(db(), visitor, answer(annaToken, {}))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await getFeedbackForm(db(), annaToken)).toEqual({ state: "USED" });

    const responses = await db().feedbackResponse.findMany({
      where: { runId: run.id },
      orderBy: { overallRating: "desc" },
    });
    expect(responses.map((response) => response.authorName)).toEqual([null, "Beat Zürcher"]);
    const thanks = await db().outboxMessage.findMany({ where: { template: "feedback-thanks" } });
    const beatThanks = thanks.find((row) => row.recipient === "beat.2033@luzern.example")!;
    const beatMail = await renderOutboxMessage(beatThanks);
    expect(beatMail.text).toContain("Guten Tag Beat Zürcher");
    expect(beatMail.text).toContain("Zustimmung zurückziehen");
    expect(beatMail.text).toContain("Freundliche Grüsse");
    const annaMail = await renderOutboxMessage(thanks.find((row) => row.recipient === "anna.2033@luzern.example")!);
    expect(annaMail.text).not.toContain("zurückziehen");
    const withdrawToken = /\/rueckmeldung\/zurueckziehen\/([A-Za-z0-9_-]{43})/.exec(beatMail.text)![1]!;

    session.userId = actor.id;
    const detail = (await getRunFeedbackForAdmin(run.id))!;
    expect(detail.overall).toEqual({ count: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] });
    expect(detail.goals).toHaveLength(goalCount);
    expect(detail.goals[0]!.summary).toEqual({ count: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] });
    expect(detail.comments.map((comment) => comment.author)).toEqual(["Anonym", "Beat Zürcher"]);

    // The chart shows exactly these figures, as bars with their numbers and in its description.
    const chart = renderToStaticMarkup(
      createElement(RatingDistributionChart, { id: "gesamt", title: "Gesamteindruck", summary: detail.overall }),
    );
    expect(chart).toContain('role="img"');
    const bars = [...chart.matchAll(/data-rating="(\d)" data-count="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(bars).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 1],
      [5, 1],
    ]);
    expect(chart).toContain("2 Antworten, Durchschnitt 4.5 von 5. Anzahl je Bewertung: 1: 0, 2: 0, 3: 0, 4: 1, 5: 1.");
    const overview = await listFeedbackRunsForAdmin();
    const trend = renderToStaticMarkup(
      createElement(RatingTrendChart, {
        points: overview.map((entry) => ({
          label: entry.title,
          average: entry.overall.average,
          count: entry.overall.count,
        })),
      }),
    );
    expect(trend).toContain(`${run.title}: 4.5 (2 Antworten)`);

    // One step to the public site: the consented wording and form, the consent kept.
    expect(detail.quotes).toHaveLength(1);
    revalidated.length = 0;
    const promoted = await promoteQuoteAction({ responseId: detail.quotes[0]!.id });
    expect(promoted.ok).toBe(true);
    expect(revalidated).toContain("testimonials");
    const published = (await listTestimonials()).find(
      (entry) => entry.quote === "Ich führe schwierige Gespräche jetzt ruhiger.",
    );
    expect(published).toMatchObject({ authorName: "B. Z.", organisation: "Steueramt Luzern" });
    const stored = await db().feedbackResponse.findUniqueOrThrow({ where: { id: detail.quotes[0]!.id } });
    expect(stored).toMatchObject({
      consentName: "Beat Zürcher",
      consentOffice: "Steueramt Luzern",
      quoteForm: "INITIALS_OFFICE",
    });
    expect(await db().auditLog.count({ where: { action: "feedback.quote-promoted" } })).toBe(1);
    // Promoting twice publishes once.
    await promoteQuoteAction({ responseId: detail.quotes[0]!.id });
    expect(await db().testimonial.count({ where: { quote: stored.quote! } })).toBe(1);

    // Withdrawal removes it from the site at once and from the consultant's list.
    revalidated.length = 0;
    session.userId = null;
    const withdrawn = await withdrawConsentAction({ token: withdrawToken });
    expect(withdrawn.ok).toBe(true);
    expect(revalidated).toContain("testimonials");
    expect((await listTestimonials()).some((entry) => entry.quote.includes("ruhiger"))).toBe(false);
    session.userId = actor.id;
    expect((await getRunFeedbackForAdmin(run.id))!.quotes).toEqual([]);
    expect((await withdrawConsent(db(), visitor, withdrawToken)).removed).toBe(false);

    // Erasing Anna's address also erases her name and address on her feedback link.
    await deletePersonalData(db(), systemActor("test"), { email: "anna.2033@luzern.example" });
    const invitations = await db().feedbackInvitation.findMany({ where: { runId: run.id }, orderBy: { email: "asc" } });
    expect(invitations.map((invitation) => invitation.email)).toEqual(["", "beat.2033@luzern.example"]);
    expect(invitations.map((invitation) => invitation.name)).not.toContain("Anna Gfeller");
  });
});
