"use client";

import { useRouter } from "next/navigation";

import { FormField, inputClasses } from "@/components/form/form-field";
import { FormFooter } from "@/components/form/form-footer";
import { useActionForm, type FormAction } from "@/components/form/use-action-form";
import { sessionsFromAgendaSchema } from "@/lib/proposals/schemas";

type SessionsFormProps = {
  inquiryId: string;
  days: { day: number; start: string; end: string }[];
  courses: { id: string; title: string }[];
  courseId: string;
  location: string;
  capacity: number;
  action: FormAction<typeof sessionsFromAgendaSchema, { created: number }>;
};

/** One date per agenda day of the accepted version; times come from its agenda. */
export function SessionsForm(props: SessionsFormProps) {
  const router = useRouter();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: sessionsFromAgendaSchema,
    action: props.action,
    defaultValues: {
      inquiryId: props.inquiryId,
      courseId: props.courseId,
      location: props.location,
      address: "",
      capacity: props.capacity,
      dates: props.days.map((day) => ({ day: day.day, date: "" })),
    },
    onSuccess: () => router.refresh(),
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="max-w-2xl space-y-6">
      <fieldset disabled={pending} className="space-y-4">
        {props.days.map((day, index) => (
          <FormField
            key={day.day}
            id={`session-date-${day.day}`}
            label={`Datum Tag ${day.day} (${day.start}–${day.end} Uhr)`}
            required
            error={errorOf(`dates.${index}.date`)}
          >
            {(control) => (
              <input {...control} {...form.register(`dates.${index}.date`)} type="date" className={inputClasses} />
            )}
          </FormField>
        ))}
        <FormField id="session-course" label="Kurs im Katalog" required error={errorOf("courseId")}>
          {(control) => (
            <select {...control} {...form.register("courseId")} className={inputClasses}>
              {props.courses.map((course) => (
                <option key={course.id} value={course.id}>
                  {course.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="session-location" label="Kursort" required error={errorOf("location")}>
          {(control) => <input {...control} {...form.register("location")} className={inputClasses} />}
        </FormField>
        <FormField id="session-address" label="Adresse" error={errorOf("address")}>
          {(control) => <input {...control} {...form.register("address")} className={inputClasses} />}
        </FormField>
        <FormField id="session-capacity" label="Plätze" required error={errorOf("capacity")}>
          {(control) => (
            <input {...control} {...form.register("capacity")} type="number" min={1} className={inputClasses} />
          )}
        </FormField>
      </fieldset>
      <FormFooter error={formError} pending={pending} pendingLabel="Wird erfasst …">
        Kurstermine erfassen
      </FormFooter>
    </form>
  );
}
