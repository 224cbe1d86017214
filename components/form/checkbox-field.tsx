import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import { FieldError } from "./form-field";

type CheckboxFieldProps = {
  /** The id of the error message below the box. */
  errorId: string;
  registration: UseFormRegisterReturn;
  error?: string;
  children: ReactNode;
};

/** A checkbox the visitor must tick (a consent, a binding confirmation), with its error below it. */
export function CheckboxField({ errorId, registration, error, children }: CheckboxFieldProps) {
  return (
    <div>
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          {...registration}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
          className="mt-1 h-5 w-5 accent-brand"
        />
        <span>{children}</span>
      </label>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
