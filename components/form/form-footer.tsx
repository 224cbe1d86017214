import type { ComponentProps } from "react";

import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

type FormFooterProps = ComponentProps<typeof SubmitButton> & {
  error: string | null;
  /** The confirmation after a save; a form that leaves the page on success has none (no status region). */
  success?: string | null;
};

/** The end of a form: its refusal, its confirmation, and the button that sends it. */
export function FormFooter({ error, success, ...submit }: FormFooterProps) {
  return (
    <>
      <FormMessage message={error} tone="error" />
      {success === undefined ? null : <FormMessage message={success} tone="success" />}
      <SubmitButton {...submit} />
    </>
  );
}
