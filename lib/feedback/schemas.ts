// One schema for the feedback form and its action (decision 0027). Safe in the client bundle.
import { z } from "zod";

import { refuseField } from "@/lib/field-issue";
import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";
import { feedbackValidation } from "@/lib/i18n/messages/de-CH/validation/feedback";

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

/** The feedback form's validation messages in one language. */
export type FeedbackValidationMessages = Catalogue["validation"]["feedback"];

/** The feedback schema with the messages of one language (decision 0034). */
export function feedbackSchemaFor(messages: FeedbackValidationMessages) {
  const rating = z.coerce
    .number({ error: messages.rating })
    .int({ error: messages.rating })
    .min(1, { error: messages.rating })
    .max(5, { error: messages.rating });

  const text = (max: number) =>
    z
      .string()
      .trim()
      .max(max, { error: fill(messages.tooLong, { max: formatCount(max) }) });

  return z
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
        refuseField(context, "consent", messages.consent);
      }
      if (!value.quoteForm) {
        refuseField(context, "quoteForm", messages.quoteForm);
      }
      if (value.office.length < 2) {
        refuseField(context, "office", messages.office);
      }
      if (value.quoteForm === "FULL_NAME" && value.anonymous) {
        refuseField(context, "quoteForm", messages.anonymousWithFullName);
      }
    });
}

/** The de-CH schema, the site's one language so far: the form and its action use it. */
export const feedbackSchema = feedbackSchemaFor(feedbackValidation);

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
