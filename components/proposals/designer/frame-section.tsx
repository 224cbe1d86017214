import { FormField, inputClasses } from "@/components/form/form-field";

import type { DesignFormApi } from "./types";

/** Where, when and for how many. */
export function FrameSection({ form, errorOf }: DesignFormApi) {
  return (
    <section aria-labelledby="rahmen-titel" className="space-y-4">
      <h2 id="rahmen-titel" className="text-2xl font-bold text-brand-dark">
        Rahmen
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField id="venue" label="Kursort" error={errorOf("venue")}>
          {(control) => <input {...control} {...form.register("venue")} className={inputClasses} />}
        </FormField>
        <FormField id="datesWished" label="Gewünschte Daten" error={errorOf("datesWished")}>
          {(control) => <input {...control} {...form.register("datesWished")} className={inputClasses} />}
        </FormField>
        <FormField id="participants" label="Teilnehmende" error={errorOf("participants")}>
          {(control) => (
            <input {...control} {...form.register("participants")} type="number" min={1} className={inputClasses} />
          )}
        </FormField>
      </div>
    </section>
  );
}
