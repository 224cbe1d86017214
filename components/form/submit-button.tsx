"use client";

import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import type { Catalogue } from "@/lib/i18n/messages";
import { form } from "@/lib/i18n/messages/de-CH/form";

type SubmitButtonProps = {
  pending: boolean;
  pendingLabel?: string;
  children: ReactNode;
  className?: string;
  /** The form posts to its server action even without JavaScript; otherwise a notice says JavaScript is needed. */
  worksWithoutScript?: boolean;
  /** The button's own words in one language; de-CH unless a form passes another. */
  texts?: Catalogue["form"]["submit"];
};

/**
 * Shows progress while the form is being sent; disabled then, so nothing is sent twice. Every form
 * posts (never GET: personal data must not land in an address); one that needs JavaScript says so
 * when it is off, instead of silently doing nothing.
 */
export function SubmitButton({
  pending,
  texts = form.submit,
  pendingLabel = texts.pending,
  children,
  className = "",
  worksWithoutScript = false,
}: SubmitButtonProps) {
  return (
    <>
      {worksWithoutScript ? null : (
        <noscript>
          <p className="mb-3 rounded-md border-2 border-danger bg-white p-4 font-semibold text-danger">
            {texts.noScript}
          </p>
        </noscript>
      )}
      <Button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        // Leaving a field validates it, and a message appearing above moves the button away before
        // the click lands. Keeping the focus in the field on press lets the click submit the form,
        // which validates everything at once.
        onMouseDown={(event) => event.preventDefault()}
        className={`disabled:cursor-wait ${className}`}
      >
        {pending ? (
          <>
            <span
              aria-hidden="true"
              className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-white border-t-transparent"
            />
            {pendingLabel}
          </>
        ) : (
          children
        )}
      </Button>
    </>
  );
}
