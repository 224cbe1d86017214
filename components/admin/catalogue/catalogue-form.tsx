"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues } from "react-hook-form";

import { RichText } from "@/components/content/rich-text";
import { ChoiceGroup } from "@/components/form/choice-group";
import { FieldError, FormField, inputClasses } from "@/components/form/form-field";
import { FormFooter } from "@/components/form/form-footer";
import type { Schema } from "@/components/form/schema-resolver";
import { useActionForm } from "@/components/form/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { catalogueFormSchemas, type CatalogueKind } from "@/lib/catalogue/admin-schemas";

import type { AnyFieldSpec, Choices } from "./form-specs";
import { formSpecs } from "./form-specs";

type Option = { id: string; label: string };
export type CatalogueOptions = Record<"fields" | "themes" | "goals" | "modules" | "stories" | "testimonials", Option[]>;

type Props = {
  kind: CatalogueKind;
  /** Null for a new item. */
  id: string | null;
  defaultValues: FieldValues;
  options: CatalogueOptions;
  /** Where items of this kind are edited (`<base>/<id>`): a new item opens there once created. */
  editBase: string;
  action: (input: FieldValues) => Promise<ActionResult<{ id: string }>>;
};

function choicesOf(choices: Choices | undefined, options: CatalogueOptions): [string, string][] {
  if (typeof choices === "string") return options[choices].map((option) => [option.id, option.label]);
  return Object.entries(choices ?? {});
}

/** The edit form of every kind of catalogue content, built from its field list. */
export function CatalogueForm({ kind, id, defaultValues, options, editBase, action }: Props) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm<Schema, { id: string }>({
    // One form for every kind: its values are keyed by field name, and formSpecs ties each name to the kind's schema.
    schema: catalogueFormSchemas[kind],
    action,
    defaultValues,
    draftKey: `inhalt-${kind}-${id ?? "neu"}`,
    onSuccess: (data: { id: string }, message?: string) => {
      setDone(message ?? "Gespeichert.");
      if (id) router.refresh();
      else router.push(`${editBase}/${data.id}`);
    },
  });
  const watched = form.watch();

  function renderField(spec: AnyFieldSpec) {
    const fieldId = `${kind}-${spec.name}`;
    const error = errorOf(spec.name);
    if (spec.type === "checkbox") {
      return (
        <div key={spec.name}>
          <label className="flex items-center gap-2 font-semibold">
            <input
              type="checkbox"
              {...form.register(spec.name)}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${fieldId}-fehler` : undefined}
              className="h-5 w-5"
            />
            {spec.label}
          </label>
          <FieldError id={`${fieldId}-fehler`} message={error} />
        </div>
      );
    }
    if (spec.type === "checkboxes") {
      return (
        <ChoiceGroup
          key={spec.name}
          id={fieldId}
          legend={spec.label}
          error={error}
          hint={spec.hint}
          required={spec.required}
        >
          {choicesOf(spec.choices, options).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="checkbox" value={value} {...form.register(spec.name)} className="h-5 w-5" />
              {label}
            </label>
          ))}
        </ChoiceGroup>
      );
    }
    return (
      <FormField
        key={spec.name}
        id={fieldId}
        label={spec.label}
        hint={spec.hint}
        required={spec.required}
        error={error}
      >
        {(control) => {
          if (spec.type === "textarea") {
            const textarea = (
              <textarea {...control} {...form.register(spec.name)} rows={spec.rows ?? 4} className={inputClasses} />
            );
            if (!spec.preview) return textarea;
            return (
              <>
                {textarea}
                <section
                  aria-label={`Vorschau: ${spec.label}`}
                  className="mt-3 rounded-md border border-line bg-white p-4"
                >
                  <p className="text-sm font-semibold text-muted">Vorschau</p>
                  <RichText text={String(watched[spec.name] ?? "")} className="mt-2" />
                </section>
              </>
            );
          }
          if (spec.type === "select") {
            return (
              <select {...control} {...form.register(spec.name)} className={inputClasses}>
                {spec.required ? null : <option value="">Keines</option>}
                {spec.required && spec.choices !== undefined && typeof spec.choices === "string" ? (
                  <option value="">Bitte wählen</option>
                ) : null}
                {choicesOf(spec.choices, options).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            );
          }
          return (
            <input
              {...control}
              {...form.register(spec.name)}
              type="text"
              inputMode={spec.type === "number" ? "numeric" : undefined}
              className={inputClasses}
            />
          );
        }}
      </FormField>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="max-w-3xl space-y-6">
      <fieldset disabled={pending} className="space-y-6">
        {formSpecs[kind].filter((spec) => !(spec.createOnly && id)).map(renderField)}
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending} pendingLabel="Wird gespeichert …">
        Speichern
      </FormFooter>
    </form>
  );
}
