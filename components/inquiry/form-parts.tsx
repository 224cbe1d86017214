import Link from "next/link";
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import { FieldError, FormField, inputClasses } from "@/components/form/form-field";
import { Honeypot } from "@/components/form/honeypot";
import { PersonFields } from "@/components/form/person-fields";
import { type FieldBaseProps, TextField as FormTextField, type TextFieldProps } from "@/components/form/text-field";
import type { Catalogue } from "@/lib/i18n/messages";
import { MESSAGE_MAX_LENGTH, ORGANISATION_KINDS } from "@/lib/inquiries/choices";
import { organisationKindLabels } from "@/lib/labels";

// The parts both inquiry forms share (the course form and the leadership form): sections, the
// requester's organisation and contact, free text with its counter, and the consent at the end.

export type Option = { slug: string; title: string };

/** What the inquiry forms say, from the page's catalogue (decision 0034); validation stays with the schema. */
export type InquiryTexts = Omit<Catalogue["pages"]["inquiryForm"], "validation">;

/** The forms' texts without the validation messages, which the browser gets with the schema. */
export function inquiryTexts({ validation: _validation, ...texts }: Catalogue["pages"]["inquiryForm"]): InquiryTexts {
  return texts;
}

type RequesterField =
  "organisationName" | "organisationKind" | "department" | "salutation" | "contactName" | "email" | "phone";

type Register<K extends string> = (name: K) => UseFormRegisterReturn;
type ErrorOf = (name: string) => string | undefined;
/** A field's id, registration and error by its name (useActionForm's fieldProps). */
type Field<K extends string> = (name: K) => { id: string; register: UseFormRegisterReturn; error?: string };

export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-titel`} className="space-y-4 rounded-lg border border-line bg-white p-5 sm:p-6">
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

/** A one-line text field as the inquiry forms use it: plain text and no autofill unless said. */
export function TextField({ type = "text", autoComplete = "off", ...field }: TextFieldProps) {
  return <FormTextField {...field} type={type} autoComplete={autoComplete} />;
}

/** A select with an optional empty first choice. */
export function SelectField({
  id,
  label,
  register,
  error,
  choices,
  required,
  hint,
  empty,
}: FieldBaseProps & { choices: Option[]; empty?: string }) {
  return (
    <FormField id={id} label={label} required={required} hint={hint} error={error}>
      {(control) => (
        <select {...control} {...register} className={inputClasses}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {choices.map((choice) => (
            <option key={choice.slug} value={choice.slug}>
              {choice.title}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** Free text with its limit and live counter (components/form/character-count.tsx). */
export function TextAreaField({
  id,
  label,
  register,
  error,
  hint,
  required,
  max,
  value,
  rows = 4,
}: FieldBaseProps & { max: number; value: string | undefined; rows?: number }) {
  return (
    <FormField id={id} label={label} hint={hint} required={required} error={error} counter={{ value, max }}>
      {(control) => <textarea {...control} {...register} rows={rows} className={inputClasses} />}
    </FormField>
  );
}

export const labelled = <K extends string>(values: readonly K[], labels: Record<K, string>): Option[] =>
  values.map((value) => ({ slug: value, title: labels[value] }));

/** Name, kind and department of the organisation; `children` adds the form's own questions. */
export function OrganisationSection({
  field,
  texts,
  children,
}: {
  field: Field<RequesterField>;
  texts: InquiryTexts["organisation"];
  children?: ReactNode;
}) {
  return (
    <Section id="organisation" title={texts.title}>
      <TextField {...field("organisationName")} label={texts.name} required autoComplete="organization" />
      <SelectField
        {...field("organisationKind")}
        label={texts.kind}
        required
        empty={texts.chooseKind}
        choices={labelled(ORGANISATION_KINDS, organisationKindLabels)}
      />
      <TextField {...field("department")} label={texts.department} autoComplete="organization-title" />
      {children}
    </Section>
  );
}

/** Salutation, name, e-mail and phone of the person who asks. */
export function ContactSection({ field, texts }: { field: Field<RequesterField>; texts: InquiryTexts["contact"] }) {
  return (
    <Section id="kontakt" title={texts.title} intro={texts.intro}>
      <PersonFields field={field} name="contactName" nameLabel={texts.name} emailLabel={texts.email} />
      <TextField {...field("phone")} label={texts.phone} autoComplete="tel" type="tel" hint={texts.phoneHint} />
    </Section>
  );
}

/** The closing section of both forms: the free message, the privacy consent and the honeypot. */
export function MessageSection({
  inquiry,
  value,
  texts,
}: {
  /** The form (useInquiryForm), as the shell takes it. */
  inquiry: {
    fieldProps: Field<"message">;
    errorOf: ErrorOf;
    form: { register: Register<"privacyConsent" | "website"> };
  };
  /** The message as typed, for its counter. */
  value: string | undefined;
  texts: Pick<InquiryTexts, "message" | "consent">;
}) {
  const { register } = inquiry.form;
  return (
    <Section id="nachricht" title={texts.message.title}>
      <TextAreaField
        {...inquiry.fieldProps("message")}
        label={texts.message.label}
        hint={texts.message.hint}
        max={MESSAGE_MAX_LENGTH}
        value={value}
      />
      <ConsentField register={register} errorOf={inquiry.errorOf} texts={texts.consent} />
    </Section>
  );
}

/** The privacy consent and the honeypot that close both forms. */
export function ConsentField({
  register,
  errorOf,
  texts,
}: {
  register: Register<"privacyConsent" | "website">;
  errorOf: ErrorOf;
  texts: InquiryTexts["consent"];
}) {
  const consentError = errorOf("privacyConsent");
  return (
    <>
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
            {texts.before}{" "}
            <Link href="/datenschutz" className="font-semibold text-brand underline">
              {texts.link}
            </Link>{" "}
            {texts.after}
            <span className="text-danger" aria-hidden="true">
              {" "}
              *
            </span>
          </label>
        </div>
        <FieldError id="privacyConsent-fehler" message={consentError} />
      </div>
      <Honeypot register={register("website")} />
    </>
  );
}
