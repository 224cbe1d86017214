"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";

import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import type { ActionResult } from "@/lib/action-result";

type ConfirmHoldFormProps = {
  token: string;
  label: string;
  pendingLabel: string;
  successMessage: string;
  /** A server action taking the form data; a plain POST without JavaScript, so it works either way. */
  action: (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;
};

/**
 * The confirmation of a held booking or call. The mail's link only opens the page (mail scanners
 * fetch links); the booker's click posts this form.
 */
export function ConfirmHoldForm({ token, label, pendingLabel, successMessage, action }: ConfirmHoldFormProps) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  if (state?.ok) return <FormMessage message={successMessage} tone="success" />;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} pendingLabel={pendingLabel} worksWithoutScript>
        {label}
      </SubmitButton>
      <FormMessage message={state && !state.ok ? state.message : null} tone="error" />
    </form>
  );
}
