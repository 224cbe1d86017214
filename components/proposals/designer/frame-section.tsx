import { FormField, inputClasses } from "@/components/form/form-field";
import { TitledSection } from "@/components/ui/titled-section";

import type { DesignFormApi } from "./types";

/** Where, when and for how many. */
export function FrameSection({ form, errorOf }: DesignFormApi) {
  return (
    <TitledSection id="rahmen-titel" title="Rahmen" className="space-y-4">
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
    </TitledSection>
  );
}
