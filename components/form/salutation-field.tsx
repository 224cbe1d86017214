import type { UseFormRegisterReturn } from "react-hook-form";

import type { Salutation } from "@/lib/generated/prisma/enums";
import { DEFAULT_SALUTATION, SALUTATIONS } from "@/lib/greeting";
import type { Catalogue } from "@/lib/i18n/messages";
import { form } from "@/lib/i18n/messages/de-CH/form";
import { salutationLabels } from "@/lib/labels";

import { ChoiceGroup } from "./choice-group";

/** Frau, Herr or no salutation, side by side; the hint says how the mails will greet. */
export function SalutationField({
  register,
  error,
  initial = DEFAULT_SALUTATION,
  texts = form.salutation,
}: {
  register: UseFormRegisterReturn;
  error?: string;
  /** Checked in the server-rendered page too: a post without JavaScript always carries a choice. */
  initial?: Salutation;
  /** The legend and hint in one language; de-CH unless a form passes another. */
  texts?: Catalogue["form"]["salutation"];
}) {
  return (
    <ChoiceGroup id="salutation" legend={texts.legend} required hint={texts.hint} error={error}>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {SALUTATIONS.map((salutation) => (
          <div key={salutation} className="flex items-center gap-3">
            <input
              id={`salutation-${salutation}`}
              type="radio"
              value={salutation}
              defaultChecked={salutation === initial}
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
