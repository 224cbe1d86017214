"use client";

import { useState } from "react";

import { CheckboxField } from "@/components/form/checkbox-field";
import { ChoiceGroup } from "@/components/form/choice-group";
import { ErrorSummary } from "@/components/form/error-summary";
import { FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm, type FormAction } from "@/components/form/use-action-form";
import { TitledSection } from "@/components/ui/titled-section";
import {
  FEEDBACK_TEXT_MAX,
  QUOTE_FORMS,
  QUOTE_MAX,
  emptyFeedback,
  feedbackSchema,
  quoteFormLabels,
} from "@/lib/feedback/schemas";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";

type FeedbackTexts = Catalogue["pages"]["afterCourse"]["feedback"]["form"];

/** The rating scale's values with their words, from 1 to 5. */
const scaleOf = ({ scale }: FeedbackTexts) =>
  [
    [1, scale.notAtAll],
    [2, scale.ratherNot],
    [3, scale.partly],
    [4, scale.rather],
    [5, scale.fully],
  ] as const;

type FeedbackFormProps = {
  token: string;
  name: string;
  goals: string[];
  action: FormAction<typeof feedbackSchema, null>;
  /** The form's texts from the page's catalogue. */
  texts: FeedbackTexts;
};

export function FeedbackForm({ token, name, goals, action, texts }: FeedbackFormProps) {
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, pending, errorOf, summary } = useActionForm({
    schema: feedbackSchema,
    action,
    defaultValues: emptyFeedback(token, goals.length),
    draftKey: `rueckmeldung:${token.slice(0, 8)}`,
    onSuccess: (_data, message) => setDone(message ?? texts.thanks),
  });
  const [helpedMost, toChange, quote] = form.watch(["helpedMost", "toChange", "quote"]);
  if (done) return <FormMessage message={done} tone="success" />;

  const scale = (fieldName: `overallRating` | `goalRatings.${number}`, id: string, legend: string) => (
    <ChoiceGroup id={id} legend={legend} required error={errorOf(fieldName)}>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {scaleOf(texts).map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input type="radio" value={value} {...form.register(fieldName)} className="h-5 w-5 accent-brand" />
            <span>{`${value} – ${label}`}</span>
          </label>
        ))}
      </div>
    </ChoiceGroup>
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-8">
      <ErrorSummary {...summary} />
      <fieldset disabled={pending} className="space-y-8">
        {scale("overallRating", "gesamt", texts.overall)}
        {goals.length > 0 ? (
          <TitledSection id="ziele-titel" title={texts.goals} size="section" className="space-y-6">
            {goals.map((goal, index) => scale(`goalRatings.${index}`, `ziel-${index + 1}`, goal))}
          </TitledSection>
        ) : null}
        <FormField
          id="geholfen"
          label={texts.helpedMost}
          error={errorOf("helpedMost")}
          counter={{ value: helpedMost, max: FEEDBACK_TEXT_MAX }}
        >
          {(control) => <textarea {...control} {...form.register("helpedMost")} rows={4} className={inputClasses} />}
        </FormField>
        <FormField
          id="aendern"
          label={texts.toChange}
          error={errorOf("toChange")}
          counter={{ value: toChange, max: FEEDBACK_TEXT_MAX }}
        >
          {(control) => <textarea {...control} {...form.register("toChange")} rows={4} className={inputClasses} />}
        </FormField>
        <div>
          <label className="flex items-start gap-3">
            <input type="checkbox" {...form.register("anonymous")} className="mt-1 h-5 w-5 accent-brand" />
            <span>{fill(texts.anonymous, { name })}</span>
          </label>
        </div>
        <TitledSection
          id="zitat-titel"
          title={texts.quoteTitle}
          size="section"
          className="space-y-4 rounded-lg bg-sand p-4"
        >
          <p>{texts.quoteIntro}</p>
          <FormField id="zitat" label={texts.quote} error={errorOf("quote")} counter={{ value: quote, max: QUOTE_MAX }}>
            {(control) => <textarea {...control} {...form.register("quote")} rows={3} className={inputClasses} />}
          </FormField>
          <ChoiceGroup id="zitat-form" legend={texts.quoteForm} error={errorOf("quoteForm")}>
            {QUOTE_FORMS.map((value) => (
              <label key={value} className="flex min-h-11 items-center gap-2">
                <input type="radio" value={value} {...form.register("quoteForm")} className="h-5 w-5 accent-brand" />
                <span>{quoteFormLabels[value]}</span>
              </label>
            ))}
          </ChoiceGroup>
          <FormField id="amt" label={texts.office} hint={texts.officeHint} error={errorOf("office")}>
            {(control) => (
              <input {...control} {...form.register("office")} autoComplete="organization" className={inputClasses} />
            )}
          </FormField>
          <CheckboxField errorId="zustimmung-fehler" registration={form.register("consent")} error={errorOf("consent")}>
            {texts.consent}
          </CheckboxField>
        </TitledSection>
      </fieldset>
      <SubmitButton pending={pending}>{texts.submit}</SubmitButton>
    </form>
  );
}
