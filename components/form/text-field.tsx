import type { InputHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import { FormField, inputClasses } from "./form-field";

/** What every registered field takes: its id, label, registration, error, hint and whether it is required. */
export type FieldBaseProps = {
  id: string;
  label: string;
  register: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  required?: boolean;
};

export type TextFieldProps = FieldBaseProps & {
  type?: InputHTMLAttributes<HTMLInputElement>["type"];
  autoComplete?: InputHTMLAttributes<HTMLInputElement>["autoComplete"];
  inputMode?: InputHTMLAttributes<HTMLInputElement>["inputMode"];
};

/** A one-line input in a FormField: label, hint and error tied to it, registered with the form. */
export function TextField({ register, type, autoComplete, inputMode, ...field }: TextFieldProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <input
          {...control}
          {...register}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          className={inputClasses}
        />
      )}
    </FormField>
  );
}

/** An e-mail address: the e-mail keyboard on phones and the browser's address autofill. */
export function EmailField(props: FieldBaseProps) {
  return <TextField {...props} type="email" autoComplete="email" />;
}
