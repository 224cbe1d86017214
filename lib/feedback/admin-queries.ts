import "server-only";

// The consultant's view of course feedback: per course run (averages, distributions, comments,
// quotes with their consent) and across runs (the trend of the overall rating).
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { isUuid } from "@/lib/db/ids";
import type { QuoteForm } from "@/lib/generated/prisma/enums";

import { summariseGoals, summariseRatings, type RatingSummary } from "./rules";
import { storedGoalRatingsSchema } from "./schemas";

export type RunFeedbackOverview = {
  id: string;
  title: string;
  lastDayEndsAt: Date;
  invited: number;
  answers: number;
  overall: RatingSummary;
};

export async function listFeedbackRunsForAdmin(): Promise<RunFeedbackOverview[]> {
  await requireAdmin();
  const runs = await getDb().courseRun.findMany({
    orderBy: { lastDayEndsAt: "asc" },
    select: {
      id: true,
      title: true,
      lastDayEndsAt: true,
      _count: { select: { invitations: true } },
      responses: { select: { overallRating: true } },
    },
  });
  return runs.map((run) => ({
    id: run.id,
    title: run.title,
    lastDayEndsAt: run.lastDayEndsAt,
    invited: run._count.invitations,
    answers: run.responses.length,
    overall: summariseRatings(run.responses.map((response) => response.overallRating)),
  }));
}

export type RunFeedbackDetail = {
  id: string;
  title: string;
  lastDayEndsAt: Date;
  invited: number;
  overall: RatingSummary;
  goals: { title: string; summary: RatingSummary }[];
  comments: { id: string; author: string; helpedMost: string; toChange: string }[];
  quotes: {
    id: string;
    quote: string;
    form: QuoteForm;
    consentName: string;
    consentOffice: string;
    consentAt: Date;
    promoted: boolean;
  }[];
};

export async function getRunFeedbackForAdmin(runId: string): Promise<RunFeedbackDetail | null> {
  await requireAdmin();
  if (!isUuid(runId)) return null;
  const run = await getDb().courseRun.findUnique({
    where: { id: runId },
    select: {
      id: true,
      title: true,
      lastDayEndsAt: true,
      _count: { select: { invitations: true } },
      responses: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!run) return null;
  const goalAnswers = run.responses.map((response) => {
    const parsed = storedGoalRatingsSchema.safeParse(response.goalRatings);
    return { goals: parsed.success ? parsed.data.goals : [] };
  });
  return {
    id: run.id,
    title: run.title,
    lastDayEndsAt: run.lastDayEndsAt,
    invited: run._count.invitations,
    overall: summariseRatings(run.responses.map((response) => response.overallRating)),
    goals: summariseGoals(goalAnswers),
    comments: run.responses
      .filter((response) => response.helpedMost || response.toChange)
      .map((response) => ({
        id: response.id,
        author: response.authorName ?? "Anonym",
        helpedMost: response.helpedMost,
        toChange: response.toChange,
      })),
    quotes: run.responses.flatMap((response) =>
      response.quote && response.quoteForm && response.consentAt && !response.withdrawnAt
        ? [
            {
              id: response.id,
              quote: response.quote,
              form: response.quoteForm,
              consentName: response.consentName ?? "",
              consentOffice: response.consentOffice ?? "",
              consentAt: response.consentAt,
              promoted: Boolean(response.testimonialId),
            },
          ]
        : [],
    ),
  };
}
