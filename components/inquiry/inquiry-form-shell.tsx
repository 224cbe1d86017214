"use client";

import type { ReactNode } from "react";

import { ErrorSummary, type ErrorSummaryProps } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";

/** The frame of both inquiry forms: the error summary, the fields (disabled while sending) and the send button. */
export function InquiryFormShell({
  inquiry,
  texts,
  children,
}: {
  texts: { send: string; sending: string };
  inquiry: {
    onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
    pending: boolean;
    summary: ErrorSummaryProps;
  };
  children: ReactNode;
}) {
  const { onSubmit, pending, summary } = inquiry;
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-8">
      <ErrorSummary {...summary} />
      <fieldset disabled={pending} className="space-y-8">
        {children}
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={texts.sending}>
        {texts.send}
      </SubmitButton>
    </form>
  );
}
