"use server";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientKey } from "@/lib/request";

import { bookCallSchema, manageCallSchema, rescheduleCallSchema } from "./schemas";
import { bookCall, cancelCallByToken, confirmCallByToken, rescheduleCallByToken } from "./service";

const TOO_MANY = "Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten.";

async function limit(kind: string): Promise<void> {
  const result = await hitRateLimit(getDb(), `call:${kind}:${await clientKey()}`, { limit: 20, windowSeconds: 600 });
  if (!result.allowed) throw new AppError("RATE_LIMITED", TOO_MANY);
}

export type CallBookedResult = {
  startsAt: string;
  endsAt: string;
  email: string;
  /** ISO instant until which the call waits for the confirmation from the mail; null once confirmed. */
  holdExpiresAt: string | null;
};

export async function bookCallAction(input: unknown): Promise<ActionResult<CallBookedResult>> {
  return runAction(async () => {
    const data = parseInput(bookCallSchema, input);
    // A filled honeypot gets a calm answer and nothing else.
    if (data.website) {
      return success({
        startsAt: data.startsAt,
        endsAt: data.startsAt,
        email: data.email,
        holdExpiresAt: data.startsAt,
      });
    }
    await limit("book");
    const booked = await bookCall(getDb(), data);
    return success({
      startsAt: booked.startsAt.toISOString(),
      endsAt: booked.endsAt.toISOString(),
      email: data.email,
      holdExpiresAt: booked.holdExpiresAt?.toISOString() ?? null,
    });
  });
}

const CALL_FORM_FIELDS = [
  "startsAt",
  "salutation",
  "name",
  "organisation",
  "email",
  "phone",
  "topic",
  "inquiryToken",
  "website",
];

/**
 * The same booking from a plain form post: the form works without JavaScript (progressive
 * enhancement), and the personal data travels in the request body, never in the address.
 */
export async function bookCallFormAction(
  _previous: ActionResult<CallBookedResult> | null,
  formData: FormData,
): Promise<ActionResult<CallBookedResult>> {
  const input = Object.fromEntries(CALL_FORM_FIELDS.map((key) => [key, String(formData.get(key) ?? "")]));
  return bookCallAction(input);
}

/** The caller confirms the held call from the page the mail's link opened (a form POST). */
export async function confirmCallAction(
  _previous: ActionResult<unknown> | null,
  formData: FormData,
): Promise<ActionResult<{ alreadyConfirmed: boolean }>> {
  return runAction(async () => {
    const { token } = parseInput(manageCallSchema, { token: formData.get("token") });
    await limit("manage");
    return success(await confirmCallByToken(getDb(), token));
  });
}

export async function cancelCallAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { token } = parseInput(manageCallSchema, input);
    await limit("manage");
    await cancelCallByToken(getDb(), token);
    return success(null);
  });
}

export async function rescheduleCallAction(
  input: unknown,
): Promise<ActionResult<CallBookedResult & { token: string }>> {
  return runAction(async () => {
    const { token, startsAt } = parseInput(rescheduleCallSchema, input);
    await limit("manage");
    const moved = await rescheduleCallByToken(getDb(), token, new Date(startsAt));
    const row = await getDb().appointment.findUniqueOrThrow({
      where: { id: moved.appointmentId },
      select: { email: true },
    });
    return success({
      startsAt: moved.startsAt.toISOString(),
      endsAt: moved.endsAt.toISOString(),
      email: row.email,
      holdExpiresAt: moved.holdExpiresAt?.toISOString() ?? null,
      token: moved.token,
    });
  });
}
