"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import { ChoiceGroup } from "@/components/form/choice-group";
import { FieldError, FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { Honeypot } from "@/components/form/honeypot";
import { SalutationField } from "@/components/form/salutation-field";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm, type FormAction } from "@/components/form/use-action-form";
import type { InquirySubmitted } from "@/lib/inquiries/actions";
import {
  CHALLENGES,
  COURSE_FORMATS,
  COURSE_LANGUAGES,
  emptyInquiry,
  ORGANISATION_KINDS,
  VENUES,
} from "@/lib/inquiries/choices";
import type { SubmitInquiryInput, submitInquirySchema } from "@/lib/inquiries/schemas";
import { challengeLabels, courseFormatLabels, languageLabels, organisationKindLabels, venueLabels } from "@/lib/labels";

const loadSchema = () => import("@/lib/inquiries/schemas").then((module) => module.submitInquirySchema);

export const INQUIRY_DRAFT_KEY = "anliegen:anfrage-entwurf";

type Option = { slug: string; title: string };

export type InquiryFormProps = {
  options: { courses: Option[]; fields: Option[]; goals: Option[]; themes: (Option & { modules: Option[] })[] };
  courseSlug: string;
  action: FormAction<typeof submitInquirySchema, InquirySubmitted>;
};

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-titel`} className="space-y-6 rounded-lg border border-line bg-white p-5 sm:p-6">
      <div>
        <h2 id={`${id}-titel`} className="text-2xl font-bold text-brand-dark">
          {title}
        </h2>
        {intro ? <p className="mt-1 text-muted">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}

function Checkbox({
  id,
  label,
  register,
  value,
}: {
  id: string;
  label: string;
  register: UseFormRegisterReturn;
  value: string;
}) {
  return (
    <div className="flex items-start gap-3">
      <input id={id} type="checkbox" value={value} {...register} className="mt-1 h-5 w-5 shrink-0" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** The "Kurs anfragen" form. What the visitor types is kept as a local draft until the inquiry is stored. */
export function InquiryForm({ options, courseSlug, action }: InquiryFormProps) {
  const router = useRouter();
  const defaultValues = useMemo(() => emptyInquiry(courseSlug), [courseSlug]);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    // Loaded after hydration: zod stays out of the page's first-load JavaScript (decision 0016).
    schema: loadSchema,
    action,
    defaultValues,
    draftKey: INQUIRY_DRAFT_KEY,
    onSuccess: (data) => router.push(`/anfrage/danke?referenz=${encodeURIComponent(data.reference)}`),
  });
  const { register } = form;
  // A course chosen by following its "Kurs anfragen" link wins over the one in an older draft
  // (this effect runs after the draft is restored).
  useEffect(() => {
    if (courseSlug) form.setValue("courseSlug", courseSlug);
  }, [courseSlug, form]);
  const text = (
    id: keyof SubmitInquiryInput,
    label: string,
    extra: { required?: boolean; hint?: string; autoComplete?: string; type?: string; inputMode?: "numeric" } = {},
  ) => (
    <FormField id={id} label={label} required={extra.required} hint={extra.hint} error={errorOf(id)}>
      {(control) => (
        <input
          {...control}
          {...register(id)}
          type={extra.type ?? "text"}
          inputMode={extra.inputMode}
          autoComplete={extra.autoComplete ?? "off"}
          className={inputClasses}
        />
      )}
    </FormField>
  );
  const select = (
    id: keyof SubmitInquiryInput,
    label: string,
    choices: Option[],
    extra: { required?: boolean; hint?: string; empty?: string } = {},
  ) => (
    <FormField id={id} label={label} required={extra.required} hint={extra.hint} error={errorOf(id)}>
      {(control) => (
        <select {...control} {...register(id)} className={inputClasses}>
          {extra.empty !== undefined ? <option value="">{extra.empty}</option> : null}
          {choices.map((choice) => (
            <option key={choice.slug} value={choice.slug}>
              {choice.title}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  const textarea = (id: keyof SubmitInquiryInput, label: string, hint?: string) => (
    <FormField id={id} label={label} hint={hint} error={errorOf(id)}>
      {(control) => <textarea {...control} {...register(id)} rows={4} className={inputClasses} />}
    </FormField>
  );
  const labelled = <K extends string>(values: K[], labels: Record<K, string>): Option[] =>
    values.map((value) => ({ slug: value, title: labels[value] }));
  const consentError = errorOf("privacyConsent");

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-8">
      <fieldset disabled={pending} className="space-y-8">
        <Section id="organisation" title="Ihre Organisation">
          {text("organisationName", "Name der Organisation", { required: true, autoComplete: "organization" })}
          {select("organisationKind", "Art der Organisation", labelled(ORGANISATION_KINDS, organisationKindLabels), {
            required: true,
            empty: "Bitte wählen",
          })}
          {text("department", "Abteilung oder Team", { autoComplete: "organization-title" })}
          {select("fieldSlug", "Tätigkeitsfeld", options.fields, { empty: "Keine Angabe" })}
          {text("participants", "Anzahl Teilnehmende", {
            hint: "Ungefähr genügt.",
            inputMode: "numeric",
          })}
        </Section>

        <Section id="kontakt" title="Kontakt" intro="So erreiche ich Sie für die Rückfrage.">
          <SalutationField register={register("salutation")} error={errorOf("salutation")} />
          {text("contactName", "Vorname und Name", { required: true, autoComplete: "name" })}
          {text("email", "E-Mail-Adresse", { required: true, autoComplete: "email", type: "email" })}
          {text("phone", "Telefon", {
            autoComplete: "tel",
            type: "tel",
            hint: "Zum Beispiel 031 123 45 67 oder +41 79 123 45 67.",
          })}
        </Section>

        <Section
          id="situation"
          title="Was ist für Ihr Team schwierig?"
          intro="Damit ich den Kurs auf Ihre Situationen zuschneiden kann."
        >
          <ChoiceGroup id="challenges" legend="Schwierige Situationen im Kundenkontakt" error={errorOf("challenges")}>
            {CHALLENGES.map((challenge) => (
              <Checkbox
                key={challenge}
                id={`challenge-${challenge}`}
                label={challengeLabels[challenge]}
                value={challenge}
                register={register("challenges")}
              />
            ))}
          </ChoiceGroup>
          {textarea(
            "challengesOther",
            "Weitere Situationen",
            "In Ihren eigenen Worten, zum Beispiel ein typisches Gespräch.",
          )}
        </Section>

        <Section id="kurs" title="Ihr Kurs" intro="Alles hier ist freiwillig; wir klären es gerne im Gespräch.">
          {select("courseSlug", "Kurs aus dem Angebot", options.courses, {
            empty: "Massgeschneiderter Kurs ohne Vorlage",
          })}
          {options.goals.length > 0 ? (
            <ChoiceGroup id="goalSlugs" legend="Gewünschte Ziele" error={errorOf("goalSlugs")}>
              {options.goals.map((goal) => (
                <Checkbox
                  key={goal.slug}
                  id={`goal-${goal.slug}`}
                  label={goal.title}
                  value={goal.slug}
                  register={register("goalSlugs")}
                />
              ))}
            </ChoiceGroup>
          ) : null}
          {options.themes.length > 0 ? (
            <ChoiceGroup
              id="moduleSlugs"
              legend="Gewünschte Inhalte"
              hint="Aus der Inhaltsbibliothek."
              error={errorOf("moduleSlugs")}
            >
              {options.themes.map((theme) => (
                <div key={theme.slug} className="space-y-2">
                  <p className="mt-3 font-semibold text-brand-dark">{theme.title}</p>
                  {theme.modules.map((module) => (
                    <Checkbox
                      key={module.slug}
                      id={`module-${module.slug}`}
                      label={module.title}
                      value={module.slug}
                      register={register("moduleSlugs")}
                    />
                  ))}
                </div>
              ))}
            </ChoiceGroup>
          ) : null}
          {select("format", "Format", labelled(COURSE_FORMATS, courseFormatLabels), { empty: "Noch offen" })}
          {text("preferredPeriod", "Gewünschter Zeitraum", {
            hint: "Zum Beispiel «Frühling 2027» oder «vor den Sommerferien».",
          })}
          {select("venue", "Kursort", labelled(VENUES, venueLabels), { empty: "Keine Angabe" })}
          {text("venueNote", "Angaben zum Kursort", { hint: "Zum Beispiel die Gemeinde oder der Raum." })}
          {select("language", "Kurssprache", labelled(COURSE_LANGUAGES, languageLabels), { required: true })}
        </Section>

        <Section id="nachricht" title="Ihre Nachricht">
          {textarea("message", "Nachricht", "Was sollte ich sonst noch wissen?")}
          <div>
            <div className="flex items-start gap-3">
              <input
                id="privacyConsent"
                type="checkbox"
                {...register("privacyConsent")}
                aria-invalid={Boolean(consentError)}
                aria-describedby={consentError ? "privacyConsent-fehler" : undefined}
                aria-required
                className="mt-1 h-5 w-5 shrink-0"
              />
              <label htmlFor="privacyConsent">
                Ich habe die{" "}
                <Link href="/datenschutz" className="font-semibold text-brand underline">
                  Datenschutzerklärung
                </Link>{" "}
                gelesen und bin einverstanden, dass meine Angaben zur Bearbeitung der Anfrage gespeichert werden.
                <span className="text-danger" aria-hidden="true">
                  {" "}
                  *
                </span>
              </label>
            </div>
            <FieldError id={consentError ? "privacyConsent-fehler" : undefined} message={consentError} />
          </div>
          <Honeypot register={register("website")} />
        </Section>
      </fieldset>
      <FormMessage message={formError} tone="error" />
      <SubmitButton pending={pending} pendingLabel="Anfrage wird gesendet …">
        Anfrage senden
      </SubmitButton>
    </form>
  );
}
