"use client";

import type { DefaultValues } from "react-hook-form";

import { useSavedNotice } from "@/components/admin/use-saved-notice";
import { FormField, inputClasses } from "@/components/form/form-field";
import { FormFooter } from "@/components/form/form-footer";
import { FormMessage } from "@/components/form/form-message";
import type { Schema } from "@/components/form/schema-resolver";
import { SelectOptions } from "@/components/form/select-options";
import { useActionForm, type FormAction } from "@/components/form/use-action-form";
import { CANTONS } from "@/lib/calendar/cantons";
import {
  availabilityExceptionSchema,
  availabilityRuleSchema,
  consultationSettingsSchema,
  type ConsultationSettingsInput,
} from "@/lib/consultation/schemas";

export const WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"];

type Save<S extends Schema> = FormAction<S, null>;

export function ConsultationSettingsForm({
  current,
  action,
}: {
  /** The stored settings; a field the schema would refuse (an unknown canton) is left for the form to ask. */
  current: DefaultValues<ConsultationSettingsInput>;
  action: Save<typeof consultationSettingsSchema>;
}) {
  const { done, onSuccess } = useSavedNotice();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: consultationSettingsSchema,
    action,
    defaultValues: current,
    onSuccess,
  });
  const numbers = [
    ["callMinutes", "Dauer eines Gesprächs (Minuten)"],
    ["bufferMinutes", "Pause zwischen Gesprächen (Minuten)"],
    ["minNoticeHours", "Frühestens buchbar (Stunden im Voraus)"],
    ["maxDaysAhead", "Spätestens buchbar (Tage im Voraus)"],
    ["changeCutoffHours", "Verschieben und Absagen bis (Stunden vorher)"],
  ] as const;
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-6">
      <fieldset disabled={pending} className="grid gap-6 sm:grid-cols-2">
        {numbers.map(([name, label]) => (
          <FormField key={name} id={name} label={label} required error={errorOf(name)}>
            {(control) => (
              <input {...control} {...form.register(name)} type="number" min={0} className={inputClasses} />
            )}
          </FormField>
        ))}
        <FormField id="canton" label="Kanton für Feiertage" required error={errorOf("canton")}>
          {(control) => (
            <select {...control} {...form.register("canton")} className={inputClasses}>
              <SelectOptions options={CANTONS.map((canton) => ({ value: canton, label: canton }))} />
            </select>
          )}
        </FormField>
        <label className="flex items-center gap-3 sm:col-span-2">
          <input type="checkbox" {...form.register("blockPublicHolidays")} className="h-5 w-5 accent-brand" />
          <span>An Feiertagen des Kantons keine Gespräche anbieten</span>
        </label>
        <FormField
          id="meetingNote"
          label="Hinweis in der Bestätigung"
          className="sm:col-span-2"
          error={errorOf("meetingNote")}
        >
          {(control) => <textarea {...control} {...form.register("meetingNote")} rows={2} className={inputClasses} />}
        </FormField>
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending} pendingLabel="Wird gespeichert …">
        Einstellungen speichern
      </FormFooter>
    </form>
  );
}

export function AddRuleForm({ action }: { action: Save<typeof availabilityRuleSchema> }) {
  const { done, onSuccess } = useSavedNotice();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: availabilityRuleSchema,
    action,
    defaultValues: { weekday: 1, start: "09:00", end: "12:00" },
    onSuccess,
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-3">
        <FormField id="rule-weekday" label="Wochentag" required error={errorOf("weekday")}>
          {(control) => (
            <select {...control} {...form.register("weekday")} className={inputClasses}>
              <SelectOptions options={WEEKDAYS.map((day, index) => ({ value: index + 1, label: day }))} />
            </select>
          )}
        </FormField>
        <FormField id="rule-start" label="Von" required error={errorOf("start")}>
          {(control) => <input {...control} {...form.register("start")} type="time" className={inputClasses} />}
        </FormField>
        <FormField id="rule-end" label="Bis" required error={errorOf("end")}>
          {(control) => <input {...control} {...form.register("end")} type="time" className={inputClasses} />}
        </FormField>
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending}>
        Zeit hinzufügen
      </FormFooter>
    </form>
  );
}

export function AddExceptionForm({ action }: { action: Save<typeof availabilityExceptionSchema> }) {
  const { done, onSuccess } = useSavedNotice();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: availabilityExceptionSchema,
    action,
    defaultValues: { date: "", kind: "BLOCKED", wholeDay: true, start: "", end: "", reason: "" },
    onSuccess,
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <FormField id="exception-date" label="Datum" required error={errorOf("date")}>
          {(control) => <input {...control} {...form.register("date")} type="date" className={inputClasses} />}
        </FormField>
        <FormField id="exception-kind" label="Art" required error={errorOf("kind")}>
          {(control) => (
            <select {...control} {...form.register("kind")} className={inputClasses}>
              <option value="BLOCKED">Nicht verfügbar (Ferien, Abwesenheit)</option>
              <option value="EXTRA">Zusätzlich verfügbar</option>
            </select>
          )}
        </FormField>
        <label className="flex items-center gap-3 sm:col-span-2">
          <input type="checkbox" {...form.register("wholeDay")} className="h-5 w-5 accent-brand" />
          <span>Ganzer Tag</span>
        </label>
        <FormField id="exception-start" label="Von" hint="Nur wenn nicht ganzer Tag." error={errorOf("start")}>
          {(control) => <input {...control} {...form.register("start")} type="time" className={inputClasses} />}
        </FormField>
        <FormField id="exception-end" label="Bis" hint="Nur wenn nicht ganzer Tag." error={errorOf("end")}>
          {(control) => <input {...control} {...form.register("end")} type="time" className={inputClasses} />}
        </FormField>
        <FormField id="exception-reason" label="Grund" className="sm:col-span-2" error={errorOf("reason")}>
          {(control) => <input {...control} {...form.register("reason")} className={inputClasses} />}
        </FormField>
      </fieldset>
      {errorOf("wholeDay") ? <FormMessage message={errorOf("wholeDay")} tone="error" /> : null}
      <FormFooter error={formError} success={done} pending={pending}>
        Ausnahme erfassen
      </FormFooter>
    </form>
  );
}
