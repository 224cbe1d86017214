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
  type InquiryTexts,
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
  /** The form's texts from the page's catalogue (inquiryTexts), passed by the server page. */
  texts: InquiryTexts;
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
export function InquiryForm({ options, courseSlug, action, texts }: InquiryFormProps) {
  const { course } = texts;
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
    <InquiryFormShell inquiry={inquiry} texts={texts}>
      <OrganisationSection field={field} texts={texts.organisation}>
        {select("fieldSlug", course.field, options.fields, { empty: course.noAnswer })}
        {text("participants", course.participants, {
          hint: course.participantsHint,
          inputMode: "numeric",
        })}
      </OrganisationSection>

      <ContactSection field={field} texts={texts.contact} />

      <Section id="situation" title={course.situation.title} intro={course.situation.intro}>
        <ChoiceGroup id="challenges" legend={course.situation.legend} error={errorOf("challenges")}>
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
          label={course.situation.other}
          hint={course.situation.otherHint}
          max={CHALLENGES_OTHER_MAX_LENGTH}
          value={challengesOther}
        />
      </Section>

      <Section id="kurs" title={course.title} intro={course.intro}>
        {select("courseSlug", course.fromCatalogue, options.courses, { empty: course.tailored })}
        {options.goals.length > 0 ? (
          <ChoiceGroup id="goalSlugs" legend={course.goals} error={errorOf("goalSlugs")}>
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
            legend={course.modules}
            hint={course.modulesHint}
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
        {select("format", course.format, labelled(COURSE_FORMATS, courseFormatLabels), { empty: course.open })}
        {text("preferredPeriod", texts.preferredPeriod, { hint: texts.preferredPeriodHint })}
        {select("venue", course.venue, labelled(VENUES, venueLabels), { empty: course.noAnswer })}
        {text("venueNote", course.venueNote, { hint: course.venueNoteHint })}
        {select("language", course.language, labelled(COURSE_LANGUAGES, languageLabels), { required: true })}
      </Section>

      <MessageSection inquiry={inquiry} value={message} texts={texts} />
    </InquiryFormShell>
  );
}
