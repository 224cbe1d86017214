"use client";

import { useState } from "react";

import { FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import {
  personDeletionSchema,
  personLookupSchema,
  type PersonalDataSummary as Summary,
  type PersonDeletionInput,
  type PersonLookupInput,
} from "@/lib/privacy/schemas";

/** Looks up one address and offers everything stored about it as a JSON file. */
export function PersonalDataExportForm({
  action,
}: {
  action: (input: PersonLookupInput) => Promise<ActionResult<Summary>>;
}) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [href, setHref] = useState<string | null>(null);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: personLookupSchema,
    action,
    defaultValues: { email: "" },
    onSuccess: (data) => {
      setSummary(data);
      setHref((previous) => {
        if (previous) URL.revokeObjectURL(previous);
        return URL.createObjectURL(new Blob([data.json], { type: "application/json" }));
      });
    },
  });
  return (
    <div className="space-y-4">
      <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
        <fieldset disabled={pending} className="space-y-4">
          <FormField id="export-email" label="E-Mail-Adresse" required error={errorOf("email")}>
            {(control) => <input {...control} {...form.register("email")} type="email" className={inputClasses} />}
          </FormField>
        </fieldset>
        <FormMessage tone="error" message={formError} />
        <SubmitButton pending={pending} pendingLabel="Wird gesucht …">
          Gespeicherte Daten anzeigen
        </SubmitButton>
      </form>
      <div role="status" aria-live="polite">
        {summary ? (
          <div className="space-y-3 rounded-md border border-line bg-white p-4">
            <p className="font-semibold">Gespeichert zu {summary.email}:</p>
            <ul className="list-disc pl-6">
              <li>{summary.counts.inquiries} Anfragen</li>
              <li>{summary.counts.bookings} Buchungen</li>
              <li>{summary.counts.participations} Teilnahmen in Buchungen anderer Personen</li>
              <li>{summary.counts.appointments} Erstgespräche</li>
              <li>{summary.counts.registrations} Anmeldungen zu Inhouse-Kursen</li>
              <li>{summary.counts.emails} E-Mails</li>
            </ul>
            {href ? (
              <a
                href={href}
                download={`personendaten-${summary.email}.json`}
                className="font-semibold text-brand underline"
              >
                Alle Daten als JSON-Datei herunterladen
              </a>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Erases everything about one address, after the owner types LÖSCHEN. */
export function PersonalDataDeletionForm({
  action,
}: {
  action: (input: PersonDeletionInput) => Promise<ActionResult<unknown>>;
}) {
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: personDeletionSchema,
    action,
    defaultValues: { email: "", confirmation: "" as "LÖSCHEN" },
    onSuccess: (_data, message) => {
      setDone(message ?? "Gelöscht.");
      form.reset({ email: "", confirmation: "" as "LÖSCHEN" });
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <FormField id="delete-email" label="E-Mail-Adresse" required error={errorOf("email")}>
          {(control) => <input {...control} {...form.register("email")} type="email" className={inputClasses} />}
        </FormField>
        <FormField
          id="delete-confirmation"
          label="Bestätigung"
          hint="Tippen Sie LÖSCHEN. Das Löschen kann nicht rückgängig gemacht werden."
          required
          error={errorOf("confirmation")}
        >
          {(control) => (
            <input {...control} {...form.register("confirmation")} autoComplete="off" className={inputClasses} />
          )}
        </FormField>
      </fieldset>
      <FormMessage tone="error" message={formError} />
      <FormMessage tone="success" message={done} />
      <SubmitButton pending={pending} pendingLabel="Wird gelöscht …" className="bg-danger hover:bg-danger">
        Endgültig löschen
      </SubmitButton>
    </form>
  );
}
