"use server";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { revalidateSessions } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientKey } from "@/lib/request";

import { bookSeatsSchema, manageBookingSchema } from "./schemas";
import { bookSeats, cancelBookingByToken } from "./service";

const TOO_MANY = "Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten.";

async function limit(kind: string): Promise<void> {
  const result = await hitRateLimit(getDb(), `booking:${kind}:${await clientKey()}`, { limit: 20, windowSeconds: 600 });
  if (!result.allowed) throw new AppError("RATE_LIMITED", TOO_MANY);
}

export async function bookSeatsAction(
  input: unknown,
): Promise<ActionResult<{ status: "CONFIRMED" | "WAITLISTED"; waitlistPosition: number | null; email: string }>> {
  return runAction(async () => {
    const data = parseInput(bookSeatsSchema, input);
    if (data.website) return success({ status: "CONFIRMED", waitlistPosition: null, email: data.email });
    await limit("book");
    const placed = await bookSeats(getDb(), data);
    revalidateSessions();
    return success({ status: placed.status, waitlistPosition: placed.waitlistPosition, email: data.email });
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
