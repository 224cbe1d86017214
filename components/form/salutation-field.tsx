import type { UseFormRegisterReturn } from "react-hook-form";

import { SALUTATIONS } from "@/lib/greeting";
import { salutationLabels } from "@/lib/labels";

import { ChoiceGroup } from "./choice-group";

/** Frau, Herr or no salutation, side by side; the hint says how the mails will greet. */
export function SalutationField({ register, error }: { register: UseFormRegisterReturn; error?: string }) {
  return (
    <ChoiceGroup
      id="salutation"
      legend="Anrede"
      required
      hint="So spreche ich Sie in E-Mails an: «Guten Tag Frau Müller», «Guten Tag Herr Müller» oder ohne Anrede «Guten Tag Zoë Müller»."
      error={error}
    >
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {SALUTATIONS.map((salutation) => (
          <div key={salutation} className="flex items-center gap-3">
            <input
              id={`salutation-${salutation}`}
              type="radio"
              value={salutation}
              {...register}
              className="h-5 w-5 shrink-0"
            />
            <label htmlFor={`salutation-${salutation}`}>{salutationLabels[salutation]}</label>
          </div>
        ))}
      </div>
    </ChoiceGroup>
  );
}
