"use client";

import { useEffect, useMemo } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import { ChoiceGroup } from "@/components/form/choice-group";
import type { FormAction } from "@/components/form/use-action-form";
import type { InquirySubmitted } from "@/lib/inquiries/actions";
import {
  CHALLENGES,
  CHALLENGES_OTHER_MAX_LENGTH,
  COURSE_FORMATS,
  COURSE_LANGUAGES,
  emptyInquiry,
  VENUES,
} from "@/lib/inquiries/choices";
import type { SubmitInquiryInput, submitInquirySchema } from "@/lib/inquiries/schemas";
import { challengeLabels, courseFormatLabels, languageLabels, venueLabels } from "@/lib/labels";

import {
  ContactSection,
  labelled,
  MessageSection,
  OrganisationSection,
  Section,
  SelectField,
  TextAreaField,
  TextField,
  type Option,
} from "./form-parts";
import { InquiryFormShell } from "./inquiry-form-shell";
import { useInquiryForm } from "./use-inquiry-form";

const loadSchema = () => import("@/lib/inquiries/schemas").then((module) => module.submitInquirySchema);

export const INQUIRY_DRAFT_KEY = "anliegen:anfrage-entwurf";

export type InquiryFormProps = {
  options: { courses: Option[]; fields: Option[]; goals: Option[]; themes: (Option & { modules: Option[] })[] };
  courseSlug: string;
  action: FormAction<typeof submitInquirySchema, InquirySubmitted>;
};

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
  const defaultValues = useMemo(() => emptyInquiry(courseSlug), [courseSlug]);
  const inquiry = useInquiryForm({
    schema: loadSchema,
    action,
    defaultValues,
    draftKey: INQUIRY_DRAFT_KEY,
  });
  const { form, errorOf, fieldProps: field } = inquiry;
  const { register } = form;
  // A course chosen by following its "Kurs anfragen" link wins over the one in an older draft
  // (this effect runs after the draft is restored).
  useEffect(() => {
    if (courseSlug) form.setValue("courseSlug", courseSlug);
  }, [courseSlug, form]);
  type Field = keyof SubmitInquiryInput;
  const text = (
    id: Field,
    label: string,
    extra: Omit<Parameters<typeof TextField>[0], "id" | "label" | "register"> = {},
  ) => <TextField {...field(id)} label={label} {...extra} />;
  const select = (
    id: Field,
    label: string,
    choices: Option[],
    extra: { required?: boolean; hint?: string; empty?: string } = {},
  ) => <SelectField {...field(id)} label={label} choices={choices} {...extra} />;
  const [challengesOther, message] = form.watch(["challengesOther", "message"]);

  return (
    <InquiryFormShell inquiry={inquiry}>
      <OrganisationSection field={field}>
        {select("fieldSlug", "Tätigkeitsfeld", options.fields, { empty: "Keine Angabe" })}
        {text("participants", "Anzahl Teilnehmende", {
          hint: "Ungefähr genügt.",
          inputMode: "numeric",
        })}
      </OrganisationSection>

      <ContactSection field={field} />

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
        <TextAreaField
          {...field("challengesOther")}
          label="Weitere Situationen"
          hint="In Ihren eigenen Worten, zum Beispiel ein typisches Gespräch."
          max={CHALLENGES_OTHER_MAX_LENGTH}
          value={challengesOther}
        />
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

      <MessageSection inquiry={inquiry} value={message} />
    </InquiryFormShell>
  );
}
