"use server";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { revalidateSessions } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientKey } from "@/lib/request";

import { confirmBookingByToken, type ConfirmOutcome } from "./confirm";
import { bookSeatsSchema, manageBookingSchema } from "./schemas";
import { bookSeats, cancelBookingByToken } from "./service";

const TOO_MANY = "Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten.";

async function limit(kind: string): Promise<void> {
  const result = await hitRateLimit(getDb(), `booking:${kind}:${await clientKey()}`, { limit: 20, windowSeconds: 600 });
  if (!result.allowed) throw new AppError("RATE_LIMITED", TOO_MANY);
}

export type SeatsPlaced = {
  status: "HELD" | "WAITLISTED";
  waitlistPosition: number | null;
  waitlistReason: string | null;
  email: string;
  /** ISO instant until which the booking waits for the confirmation from the mail. */
  holdExpiresAt: string;
};

export async function bookSeatsAction(input: unknown): Promise<ActionResult<SeatsPlaced>> {
  return runAction(async () => {
    const data = parseInput(bookSeatsSchema, input);
    if (data.website) {
      return success({
        status: "HELD",
        waitlistPosition: null,
        waitlistReason: null,
        email: data.email,
        holdExpiresAt: new Date().toISOString(),
      });
    }
    await limit("book");
    const placed = await bookSeats(getDb(), data);
    revalidateSessions();
    return success({
      status: placed.status,
      waitlistPosition: placed.waitlistPosition,
      waitlistReason: placed.waitlistReason,
      email: data.email,
      holdExpiresAt: placed.holdExpiresAt.toISOString(),
    });
  });
}

/** The booker confirms from the page the mail's link opened (a form POST, never the link itself). */
export async function confirmBookingAction(
  _previous: ActionResult<unknown> | null,
  formData: FormData,
): Promise<ActionResult<ConfirmOutcome>> {
  return runAction(async () => {
    const { token } = parseInput(manageBookingSchema, { token: formData.get("token") });
    await limit("manage");
    const outcome = await confirmBookingByToken(getDb(), token);
    revalidateSessions();
    return success(outcome);
  });
}

export async function cancelBookingAction(input: unknown): Promise<ActionResult<{ wasWaitlisted: boolean }>> {
  return runAction(async () => {
    const { token } = parseInput(manageBookingSchema, input);
    await limit("manage");
    const outcome = await cancelBookingByToken(getDb(), token);
    revalidateSessions();
    return success({ wasWaitlisted: outcome.wasWaitlisted });
  });
}
