import type { ReactNode } from "react";

import { CharacterCount, characterLimitId } from "./character-count";

export type ControlProps = {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
  "aria-required"?: boolean;
};

type FormFieldProps = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  className?: string;
  /** A text limit shown with a live counter before sending (the field's current value and the schema's maximum). */
  counter?: { value: string | undefined; max: number };
  children: (control: ControlProps) => ReactNode;
};

export const inputClasses =
  "mt-1 block w-full rounded-md border border-muted bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger aria-[invalid=true]:border-2";

/**
 * A visible label tied to its control, an optional hint, and the error right below it. The
 * control is described by hint and error, so screen readers read the message with the field.
 */
export function FormField({ id, label, error, hint, required, className = "", counter, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hinweis` : undefined;
  const errorId = error ? `${id}-fehler` : undefined;
  const limitId = counter ? characterLimitId(id) : undefined;
  const describedBy = [hintId, limitId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold text-ink">
        {label}
        {required ? (
          <span className="text-danger" aria-hidden="true">
            {" "}
            *
          </span>
        ) : (
          <span className="font-normal text-muted"> (freiwillig)</span>
        )}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy, "aria-required": required })}
      {counter ? <CharacterCount id={id} value={counter.value ?? ""} max={counter.max} /> : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/**
 * The message under a field. Its line is kept even when empty, so a message that appears or goes
 * (a field corrected while typing) does not move the fields below under the pointer.
 */
export function FieldError({ id, message }: { id?: string; message?: string }) {
  return (
    <p id={message ? id : undefined} className="mt-1 min-h-5 text-sm font-semibold text-danger">
      {message ? (
        <>
          <span aria-hidden="true">⚠ </span>
          <span className="sr-only">Fehler:</span> {message}
        </>
      ) : null}
    </p>
  );
}
