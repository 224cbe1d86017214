"use server";

import { success, type ActionResult } from "@/lib/action-result";
import { revalidateSessions, revalidateSessionsAfterAnswer } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { PUBLIC_ATTEMPTS, publicAction } from "@/lib/public-action";

import { bookSeatsSchema, manageBookingSchema } from "./schemas";
import { confirmBookingByToken, type ConfirmOutcome } from "./service";
import { bookSeats, cancelBookingByToken } from "./service";

export type SeatsPlaced = {
  status: "HELD" | "WAITLISTED";
  waitlistPosition: number | null;
  waitlistReason: string | null;
  email: string;
  /** ISO instant until which the booking waits for the confirmation from the mail. */
  holdExpiresAt: string;
};

export async function bookSeatsAction(input: unknown): Promise<ActionResult<SeatsPlaced>> {
  return publicAction(input, {
    schema: bookSeatsSchema,
    honeypot: (data) => ({
      status: "HELD",
      waitlistPosition: null,
      waitlistReason: null,
      email: data.email,
      holdExpiresAt: new Date().toISOString(),
    }),
    rateLimit: { key: "booking:book", ...PUBLIC_ATTEMPTS },
    run: async (data) => {
      const placed = await bookSeats(getDb(), data);
      // The answer is the result the form shows; the public dates are refreshed right after it.
      revalidateSessionsAfterAnswer();
      return success({
        status: placed.status,
        waitlistPosition: placed.waitlistPosition,
        waitlistReason: placed.waitlistReason,
        email: data.email,
        holdExpiresAt: placed.holdExpiresAt.toISOString(),
      });
    },
  });
}

/** The booker confirms from the page the mail's link opened (a form POST, never the link itself). */
export async function confirmBookingAction(
  _previous: ActionResult<unknown> | null,
  formData: FormData,
): Promise<ActionResult<ConfirmOutcome>> {
  return publicAction(
    { token: formData.get("token") },
    {
      schema: manageBookingSchema,
      rateLimit: { key: "booking:manage", ...PUBLIC_ATTEMPTS },
      run: async ({ token }) => {
        const outcome = await confirmBookingByToken(getDb(), token);
        revalidateSessions();
        return success(outcome);
      },
    },
  );
}

export async function cancelBookingAction(input: unknown): Promise<ActionResult<{ wasWaitlisted: boolean }>> {
  return publicAction(input, {
    schema: manageBookingSchema,
    rateLimit: { key: "booking:manage", ...PUBLIC_ATTEMPTS },
    run: async ({ token }) => {
      const outcome = await cancelBookingByToken(getDb(), token);
      revalidateSessions();
      return success({ wasWaitlisted: outcome.wasWaitlisted });
    },
  });
}
