"use client";

import { useSavedNotice } from "@/components/admin/use-saved-notice";
import { FormField, inputClasses } from "@/components/form/form-field";
import { FormFooter } from "@/components/form/form-footer";
import { useActionForm, type FormAction } from "@/components/form/use-action-form";
import { cancelSessionSchema, changeCapacitySchema, moveSessionSchema } from "@/lib/booking/schemas";

type MoveProps = {
  current: { sessionId: string; date: string; startTime: string; endTime: string; location: string; address: string };
  action: FormAction<typeof moveSessionSchema, { notified: number }>;
};

export function MoveSessionForm({ current, action }: MoveProps) {
  const { done, onSuccess } = useSavedNotice();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: moveSessionSchema,
    action,
    defaultValues: { ...current, message: "" },
    onSuccess,
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField id="move-date" label="Datum" required error={errorOf("date")}>
            {(control) => <input {...control} {...form.register("date")} type="date" className={inputClasses} />}
          </FormField>
          <FormField id="move-start" label="Beginn" required error={errorOf("startTime")}>
            {(control) => <input {...control} {...form.register("startTime")} type="time" className={inputClasses} />}
          </FormField>
          <FormField id="move-end" label="Ende" required error={errorOf("endTime")}>
            {(control) => <input {...control} {...form.register("endTime")} type="time" className={inputClasses} />}
          </FormField>
        </div>
        <FormField id="move-location" label="Kursort" required error={errorOf("location")}>
          {(control) => <input {...control} {...form.register("location")} className={inputClasses} />}
        </FormField>
        <FormField id="move-address" label="Adresse" error={errorOf("address")}>
          {(control) => <input {...control} {...form.register("address")} className={inputClasses} />}
        </FormField>
        <FormField id="move-message" label="Mitteilung an die Teilnehmenden" error={errorOf("message")}>
          {(control) => <textarea {...control} {...form.register("message")} rows={3} className={inputClasses} />}
        </FormField>
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending} pendingLabel="Wird gespeichert …">
        Verschieben und alle benachrichtigen
      </FormFooter>
    </form>
  );
}

type CancelProps = {
  sessionId: string;
  action: FormAction<typeof cancelSessionSchema, { notified: number }>;
};

export function CancelSessionForm({ sessionId, action }: CancelProps) {
  const { done, onSuccess } = useSavedNotice("Abgesagt.");
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: cancelSessionSchema,
    action,
    defaultValues: { sessionId, message: "" },
    onSuccess,
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <fieldset disabled={pending}>
        <FormField id="cancel-message" label="Begründung an die Teilnehmenden" required error={errorOf("message")}>
          {(control) => <textarea {...control} {...form.register("message")} rows={3} className={inputClasses} />}
        </FormField>
      </fieldset>
      <FormFooter
        error={formError}
        success={done}
        pending={pending}
        pendingLabel="Wird abgesagt …"
        className="bg-danger hover:bg-danger"
      >
        Termin absagen und alle benachrichtigen
      </FormFooter>
    </form>
  );
}

type CapacityProps = {
  sessionId: string;
  capacity: number;
  seatsTaken: number;
  action: FormAction<typeof changeCapacitySchema, { promoted: number }>;
};

export function CapacityForm({ sessionId, capacity, seatsTaken, action }: CapacityProps) {
  const { done, onSuccess } = useSavedNotice();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: changeCapacitySchema,
    action,
    defaultValues: { sessionId, capacity },
    onSuccess,
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <fieldset disabled={pending}>
        <FormField
          id="capacity"
          label="Plätze insgesamt"
          required
          hint={`Mindestens ${Math.max(1, seatsTaken)} (bereits belegt: ${seatsTaken}). Mehr Plätze bestätigen Wartende der Reihe nach.`}
          error={errorOf("capacity")}
        >
          {(control) => (
            <input {...control} {...form.register("capacity")} type="number" min={1} className={inputClasses} />
          )}
        </FormField>
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending} pendingLabel="Wird gespeichert …">
        Kapazität speichern
      </FormFooter>
    </form>
  );
}
