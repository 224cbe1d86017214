"use client";

import { useRouter } from "next/navigation";

import type { ActionResult } from "@/lib/action-result";

import { ConfirmActionButton } from "./confirm-action-button";

type ManageBookingProps = {
  token: string;
  waitlisted: boolean;
  cancel: (input: { token: string }) => Promise<ActionResult<{ wasWaitlisted: boolean }>>;
};

export function ManageBooking({ token, waitlisted, cancel }: ManageBookingProps) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      label={waitlisted ? "Warteliste verlassen" : "Buchung stornieren"}
      confirmLabel={waitlisted ? "Ja, Warteliste verlassen" : "Ja, stornieren"}
      question={
        waitlisted
          ? "Möchten Sie die Warteliste wirklich verlassen?"
          : "Möchten Sie Ihre Buchung wirklich stornieren? Die Plätze gehen an die Warteliste."
      }
      successMessage={
        waitlisted
          ? "Sie stehen nicht mehr auf der Warteliste. Sie erhalten eine Bestätigung per E-Mail."
          : "Ihre Buchung ist storniert. Sie erhalten eine Bestätigung per E-Mail."
      }
      run={() => cancel({ token })}
      onDone={() => router.refresh()}
    />
  );
}
