"use client";

import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";

import { FormField, inputClasses } from "@/components/form/form-field";
import { FormFooter } from "@/components/form/form-footer";
import { FormMessage } from "@/components/form/form-message";
import { SelectOptions } from "@/components/form/select-options";
import { useActionForm, type FormAction } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { MAX_RUN_DAYS, sessionSchema } from "@/lib/booking/schemas";

type SessionFormProps = {
  courses: { id: string; title: string }[];
  action: FormAction<typeof sessionSchema, { id: string }>;
};

/** The fields of one further course day. */
const dayFields = [
  ["date", "Datum", "date"],
  ["startTime", "Beginn", "time"],
  ["endTime", "Ende", "time"],
] as const;

export function SessionForm({ courses, action }: SessionFormProps) {
  const router = useRouter();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: sessionSchema,
    action,
    defaultValues: {
      courseId: courses[0]?.id ?? "",
      title: "",
      date: "",
      startTime: "09:00",
      endTime: "17:00",
      location: "",
      address: "",
      capacity: 12,
      isPublic: true,
      inquiryReference: "",
      bookingDeadline: "",
      priceNote: "",
      extraDays: [],
    },
    onSuccess: (data) => router.push(`/admin/termine/${data.id}`),
  });
  // Day 2 on of a course over several days: one run, booked once for all its days (decision 0037).
  const extraDays = useFieldArray({ control: form.control, name: "extraDays" });
  const addDay = () =>
    extraDays.append({ date: "", startTime: form.getValues("startTime"), endTime: form.getValues("endTime") });
  const text = (name: "title" | "location" | "address" | "inquiryReference" | "priceNote") => form.register(name);
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="max-w-2xl space-y-6">
      <fieldset disabled={pending} className="space-y-6">
        <FormField id="courseId" label="Kurs" required error={errorOf("courseId")}>
          {(control) => (
            <select {...control} {...form.register("courseId")} className={inputClasses}>
              <SelectOptions options={courses.map((course) => ({ value: course.id, label: course.title }))} />
            </select>
          )}
        </FormField>
        <FormField id="title" label="Titel" hint="Leer lassen für den Titel des Kurses." error={errorOf("title")}>
          {(control) => <input {...control} {...text("title")} className={inputClasses} />}
        </FormField>
        <div className="grid gap-6 sm:grid-cols-3">
          <FormField id="date" label="Datum" required error={errorOf("date")}>
            {(control) => <input {...control} {...form.register("date")} type="date" className={inputClasses} />}
          </FormField>
          <FormField id="startTime" label="Beginn" required error={errorOf("startTime")}>
            {(control) => <input {...control} {...form.register("startTime")} type="time" className={inputClasses} />}
          </FormField>
          <FormField id="endTime" label="Ende" required error={errorOf("endTime")}>
            {(control) => <input {...control} {...form.register("endTime")} type="time" className={inputClasses} />}
          </FormField>
        </div>
        <fieldset className="space-y-4">
          <legend className="font-semibold">Weitere Kurstage</legend>
          <p className="text-muted" id="extraDays">
            Für einen Kurs über mehrere Tage: Wer bucht, hat einen Platz an allen Tagen. Das Datum oben ist Kurstag 1.
          </p>
          <FormMessage message={errorOf("extraDays")} tone="error" />
          {extraDays.fields.map((field, index) => (
            <fieldset key={field.id} className="space-y-2 rounded-lg border border-line p-4">
              <legend className="font-semibold">{`Kurstag ${index + 2}`}</legend>
              <div className="grid gap-6 sm:grid-cols-3">
                {dayFields.map(([name, label, type]) => (
                  <FormField
                    key={name}
                    id={`extraDays.${index}.${name}`}
                    label={label}
                    required
                    error={errorOf(`extraDays.${index}.${name}`)}
                  >
                    {(control) => (
                      <input
                        {...control}
                        {...form.register(`extraDays.${index}.${name}`)}
                        type={type}
                        className={inputClasses}
                      />
                    )}
                  </FormField>
                ))}
              </div>
              <Button variant="danger-link" onClick={() => extraDays.remove(index)}>
                {`Kurstag ${index + 2} entfernen`}
              </Button>
            </fieldset>
          ))}
          {extraDays.fields.length < MAX_RUN_DAYS - 1 ? (
            <Button variant="secondary" onClick={addDay}>
              Weiteren Kurstag hinzufügen
            </Button>
          ) : null}
        </fieldset>
        <FormField id="location" label="Kursort" required error={errorOf("location")}>
          {(control) => <input {...control} {...text("location")} className={inputClasses} />}
        </FormField>
        <FormField id="address" label="Adresse" error={errorOf("address")}>
          {(control) => <input {...control} {...text("address")} className={inputClasses} />}
        </FormField>
        <FormField id="capacity" label="Plätze" required error={errorOf("capacity")}>
          {(control) => (
            <input {...control} {...form.register("capacity")} type="number" min={1} className={inputClasses} />
          )}
        </FormField>
        <FormField
          id="bookingDeadline"
          label="Anmeldeschluss"
          hint="Buchungen sind bis Ende dieses Tages möglich; leer: bis Kursbeginn."
          error={errorOf("bookingDeadline")}
        >
          {(control) => (
            <input {...control} {...form.register("bookingDeadline")} type="date" className={inputClasses} />
          )}
        </FormField>
        <FormField
          id="priceNote"
          label="Preis"
          hint="Leer lassen für den Preis des Kurses."
          error={errorOf("priceNote")}
        >
          {(control) => <input {...control} {...text("priceNote")} className={inputClasses} />}
        </FormField>
        <label className="flex items-center gap-3">
          <input type="checkbox" {...form.register("isPublic")} className="h-5 w-5 accent-brand" />
          <span>Öffentlich ausschreiben (unter «Offene Kursdaten» und auf der Kursseite)</span>
        </label>
        <FormField
          id="inquiryReference"
          label="Für eine Kundin oder einen Kunden"
          hint="Referenz der Anfrage, z. B. ANF-2026-0001, für einen Termin nur für diese Organisation."
          error={errorOf("inquiryReference")}
        >
          {(control) => <input {...control} {...text("inquiryReference")} className={inputClasses} />}
        </FormField>
      </fieldset>
      <FormFooter error={formError} pending={pending} pendingLabel="Wird gespeichert …">
        Termin erfassen
      </FormFooter>
    </form>
  );
}
