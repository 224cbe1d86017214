// One schema for the feedback form and its action (decision 0027). Safe in the client bundle.
import { z } from "zod";

import { refuseField } from "@/lib/field-issue";
import { formatCount } from "@/lib/format";

/** Limits of the free-text answers, shown with a live counter in the form. */
export const FEEDBACK_TEXT_MAX = 2000;
export const QUOTE_MAX = 600;

export const QUOTE_FORMS = ["FULL_NAME", "INITIALS_OFFICE", "ANONYMOUS_OFFICE"] as const;
export type QuoteFormValue = (typeof QUOTE_FORMS)[number];

export const quoteFormLabels: Record<QuoteFormValue, string> = {
  FULL_NAME: "mit meinem vollen Namen",
  INITIALS_OFFICE: "mit meinen Initialen und meinem Amt",
  ANONYMOUS_OFFICE: "anonym, nur mit meinem Amt",
};

const rating = z.coerce
  .number({ error: "Bitte wählen Sie eine Bewertung." })
  .int({ error: "Bitte wählen Sie eine Bewertung." })
  .min(1, { error: "Bitte wählen Sie eine Bewertung." })
  .max(5, { error: "Bitte wählen Sie eine Bewertung." });

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Bitte höchstens ${formatCount(max)} Zeichen.` });

export const feedbackSchema = z
  .object({
    token: z.string().min(20).max(100),
    anonymous: z.boolean(),
    overallRating: rating,
    goalRatings: z.array(rating).max(20),
    helpedMost: text(FEEDBACK_TEXT_MAX),
    toChange: text(FEEDBACK_TEXT_MAX),
    quote: text(QUOTE_MAX),
    consent: z.boolean(),
    quoteForm: z.enum(QUOTE_FORMS).or(z.literal("")),
    office: text(120),
  })
  .superRefine((value, context) => {
    if (!value.quote) return;
    if (!value.consent) {
      refuseField(
        context,
        "consent",
        "Bitte bestätigen Sie, dass das Zitat veröffentlicht werden darf, oder lassen Sie das Zitat leer.",
      );
    }
    if (!value.quoteForm) {
      refuseField(context, "quoteForm", "Bitte wählen Sie, wie Sie genannt werden möchten.");
    }
    if (value.office.length < 2) {
      refuseField(context, "office", "Bitte nennen Sie Ihr Amt.");
    }
    if (value.quoteForm === "FULL_NAME" && value.anonymous) {
      refuseField(context, "quoteForm", "Anonym antworten und mit vollem Namen zitiert werden geht nicht zusammen.");
    }
  });

export type FeedbackInput = z.infer<typeof feedbackSchema>;
export type FeedbackFormValues = z.input<typeof feedbackSchema>;

/** A feedback not yet filled in, one empty rating per goal: the form's start (and the tests' base). */
export function emptyFeedback(token: string, goalCount = 0): FeedbackFormValues {
  return {
    token,
    anonymous: false,
    overallRating: "",
    goalRatings: Array.from({ length: goalCount }, () => ""),
    helpedMost: "",
    toChange: "",
    quote: "",
    consent: false,
    quoteForm: "",
    office: "",
  };
}

/** Stored goal ratings, versioned: parsed whenever read. */
export const storedGoalRatingsSchema = z.object({
  v: z.literal(1),
  goals: z.array(z.object({ title: z.string(), rating: z.number().int().min(1).max(5) })),
});
export type StoredGoalRatings = z.infer<typeof storedGoalRatingsSchema>;

export const withdrawConsentSchema = z.object({ token: z.string().min(20).max(100) });
export const promoteQuoteSchema = z.object({ responseId: z.uuid() });
