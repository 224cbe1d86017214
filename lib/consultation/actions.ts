"use server";

import { success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { PUBLIC_ATTEMPTS, publicAction } from "@/lib/public-action";

import { bookCallSchema, manageCallSchema, rescheduleCallSchema } from "./schemas";
import { bookCall, cancelCallByToken, confirmCallByToken, rescheduleCallByToken } from "./service";

const manageLimit = { key: "call:manage", ...PUBLIC_ATTEMPTS };

export type CallBookedResult = {
  startsAt: string;
  endsAt: string;
  email: string;
  /** ISO instant until which the call waits for the confirmation from the mail; null once confirmed. */
  holdExpiresAt: string | null;
};

export async function bookCallAction(input: unknown): Promise<ActionResult<CallBookedResult>> {
  return publicAction(input, {
    schema: bookCallSchema,
    honeypot: (data) => ({
      startsAt: data.startsAt,
      endsAt: data.startsAt,
      email: data.email,
      holdExpiresAt: data.startsAt,
    }),
    rateLimit: { key: "call:book", ...PUBLIC_ATTEMPTS },
    run: async (data) => {
      const booked = await bookCall(getDb(), data);
      return success({
        startsAt: booked.startsAt.toISOString(),
        endsAt: booked.endsAt.toISOString(),
        email: data.email,
        holdExpiresAt: booked.holdExpiresAt?.toISOString() ?? null,
      });
    },
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
  return publicAction(
    { token: formData.get("token") },
    {
      schema: manageCallSchema,
      rateLimit: manageLimit,
      run: async ({ token }) => success(await confirmCallByToken(getDb(), token)),
    },
  );
}

export async function cancelCallAction(input: unknown): Promise<ActionResult<null>> {
  return publicAction(input, {
    schema: manageCallSchema,
    rateLimit: manageLimit,
    run: async ({ token }) => {
      await cancelCallByToken(getDb(), token);
      return success(null);
    },
  });
}

export async function rescheduleCallAction(
  input: unknown,
): Promise<ActionResult<CallBookedResult & { token: string }>> {
  return publicAction(input, {
    schema: rescheduleCallSchema,
    rateLimit: manageLimit,
    run: async ({ token, startsAt }) => {
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
    },
  });
}
