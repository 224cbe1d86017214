"use client";

import { useRouter } from "next/navigation";

import type { ActionResult } from "@/lib/action-result";
import type { Catalogue } from "@/lib/i18n/messages";

import { ConfirmActionButton } from "./confirm-action-button";

type ManageBookingProps = {
  token: string;
  waitlisted: boolean;
  cancel: (input: { token: string }) => Promise<ActionResult<{ wasWaitlisted: boolean }>>;
  /** The button's texts from the page's catalogue: its label is the section's title. */
  texts: Catalogue["pages"]["booking"]["cancelForm"] & { label: string; running: string; abort: string };
};

export function ManageBooking({ token, waitlisted, cancel, texts }: ManageBookingProps) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      label={texts.label}
      confirmLabel={waitlisted ? texts.confirmLeave : texts.confirmCancel}
      question={waitlisted ? texts.questionLeave : texts.questionCancel}
      successMessage={waitlisted ? texts.doneLeave : texts.doneCancel}
      texts={texts}
      run={() => cancel({ token })}
      onDone={() => router.refresh()}
    />
  );
}
