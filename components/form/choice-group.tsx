import type { ReactNode } from "react";

import { FieldError } from "./form-field";

type ChoiceGroupProps = {
  id: string;
  legend: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: ReactNode;
};

/** Checkboxes or radio buttons under one legend, with the group's error announced with it. */
export function ChoiceGroup({ id, legend, error, hint, required, children }: ChoiceGroupProps) {
  const hintId = hint ? `${id}-hinweis` : undefined;
  const errorId = error ? `${id}-fehler` : undefined;
  return (
    <fieldset
      id={id}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      aria-invalid={Boolean(error) || undefined}
      className="rounded-md"
    >
      <legend className="font-semibold text-ink">
        {legend}
        {required ? (
          <span className="text-danger" aria-hidden="true">
            {" "}
            *
          </span>
        ) : (
          <span className="font-normal text-muted"> (freiwillig)</span>
        )}
      </legend>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className="mt-2 space-y-2">{children}</div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
