import type { UseFormRegisterReturn } from "react-hook-form";

import type { Catalogue } from "@/lib/i18n/messages";
import { form } from "@/lib/i18n/messages/de-CH/form";

/** A field people never see or reach; bots fill it, and the action then quietly does nothing. */
export function Honeypot({
  register,
  texts = form.honeypot,
}: {
  register: UseFormRegisterReturn;
  /** The label in one language; de-CH unless a form passes another. */
  texts?: Catalogue["form"]["honeypot"];
}) {
  return (
    <div aria-hidden="true" className="hidden">
      <label htmlFor="website">{texts.label}</label>
      <input id="website" tabIndex={-1} autoComplete="off" {...register} />
    </div>
  );
}
