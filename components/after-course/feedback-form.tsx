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

const SCALE = [
  [1, "trifft nicht zu"],
  [2, "trifft eher nicht zu"],
  [3, "teils, teils"],
  [4, "trifft eher zu"],
  [5, "trifft voll zu"],
] as const;

type FeedbackFormProps = {
  token: string;
  name: string;
  goals: string[];
  action: FormAction<typeof feedbackSchema, null>;
};

export function FeedbackForm({ token, name, goals, action }: FeedbackFormProps) {
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, pending, errorOf, summary } = useActionForm({
    schema: feedbackSchema,
    action,
    defaultValues: emptyFeedback(token, goals.length),
    draftKey: `rueckmeldung:${token.slice(0, 8)}`,
    onSuccess: (_data, message) => setDone(message ?? "Herzlichen Dank!"),
  });
  const [helpedMost, toChange, quote] = form.watch(["helpedMost", "toChange", "quote"]);
  if (done) return <FormMessage message={done} tone="success" />;

  const scale = (fieldName: `overallRating` | `goalRatings.${number}`, id: string, legend: string) => (
    <ChoiceGroup id={id} legend={legend} required error={errorOf(fieldName)}>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {SCALE.map(([value, label]) => (
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
        {scale("overallRating", "gesamt", "Der Kurs hat mir insgesamt für meine Arbeit geholfen.")}
        {goals.length > 0 ? (
          <TitledSection
            id="ziele-titel"
            title="Die Ziele des Kurses: Das kann ich jetzt gut"
            size="section"
            className="space-y-6"
          >
            {goals.map((goal, index) => scale(`goalRatings.${index}`, `ziel-${index + 1}`, goal))}
          </TitledSection>
        ) : null}
        <FormField
          id="geholfen"
          label="Was hat Ihnen am meisten geholfen?"
          error={errorOf("helpedMost")}
          counter={{ value: helpedMost, max: FEEDBACK_TEXT_MAX }}
        >
          {(control) => <textarea {...control} {...form.register("helpedMost")} rows={4} className={inputClasses} />}
        </FormField>
        <FormField
          id="aendern"
          label="Was würden Sie am Kurs ändern?"
          error={errorOf("toChange")}
          counter={{ value: toChange, max: FEEDBACK_TEXT_MAX }}
        >
          {(control) => <textarea {...control} {...form.register("toChange")} rows={4} className={inputClasses} />}
        </FormField>
        <div>
          <label className="flex items-start gap-3">
            <input type="checkbox" {...form.register("anonymous")} className="mt-1 h-5 w-5 accent-brand" />
            <span>{`Anonym antworten: Meine Antworten werden ohne meinen Namen (${name}) gespeichert.`}</span>
          </label>
        </div>
        <TitledSection
          id="zitat-titel"
          title="Ein Satz für andere Ämter (freiwillig)"
          size="section"
          className="space-y-4 rounded-lg bg-sand p-4"
        >
          <p>
            Darf ich einen Satz von Ihnen auf meiner Website zeigen? Nur wenn Sie unten ausdrücklich zustimmen. Sie
            können die Zustimmung jederzeit mit dem Link in der Bestätigungsmail zurückziehen.
          </p>
          <FormField id="zitat" label="Ihr Zitat" error={errorOf("quote")} counter={{ value: quote, max: QUOTE_MAX }}>
            {(control) => <textarea {...control} {...form.register("quote")} rows={3} className={inputClasses} />}
          </FormField>
          <ChoiceGroup id="zitat-form" legend="So dürfen Sie mich nennen" error={errorOf("quoteForm")}>
            {QUOTE_FORMS.map((value) => (
              <label key={value} className="flex min-h-11 items-center gap-2">
                <input type="radio" value={value} {...form.register("quoteForm")} className="h-5 w-5 accent-brand" />
                <span>{quoteFormLabels[value]}</span>
              </label>
            ))}
          </ChoiceGroup>
          <FormField id="amt" label="Ihr Amt" hint="Zum Beispiel «Steueramt Luzern»." error={errorOf("office")}>
            {(control) => (
              <input {...control} {...form.register("office")} autoComplete="organization" className={inputClasses} />
            )}
          </FormField>
          <CheckboxField errorId="zustimmung-fehler" registration={form.register("consent")} error={errorOf("consent")}>
            Ich bin einverstanden, dass dieses Zitat in der gewählten Form veröffentlicht wird.
          </CheckboxField>
        </TitledSection>
      </fieldset>
      <SubmitButton pending={pending}>Rückmeldung senden</SubmitButton>
    </form>
  );
}
