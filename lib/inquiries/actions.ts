"use server";

import { success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { publicAction } from "@/lib/public-action";

import { submitInquirySchema, submitLeadershipInquirySchema } from "./schemas";
import { INQUIRY_RATE_LIMIT, submitInquiry, submitLeadershipInquiry, TOO_MANY_INQUIRIES_MESSAGE } from "./service";

export type InquirySubmitted = { reference: string };

/** The public inquiry form's action: no sign-in; honeypot, rate limit and schema guard it. */
export async function submitInquiryAction(input: unknown): Promise<ActionResult<InquirySubmitted>> {
  return publicAction(input, {
    schema: submitInquirySchema,
    honeypot: () => ({ reference: "" }),
    rateLimit: { key: "inquiry:ip", ...INQUIRY_RATE_LIMIT, message: TOO_MANY_INQUIRIES_MESSAGE },
    run: async (data) => {
      const { reference } = await submitInquiry(getDb(), visitor, data);
      return success({ reference });
    },
  });
}

/** The leadership inquiry's action (Führungskultur): the same guards, the same rate limit as the course form. */
export async function submitLeadershipInquiryAction(input: unknown): Promise<ActionResult<InquirySubmitted>> {
  return publicAction(input, {
    schema: submitLeadershipInquirySchema,
    honeypot: () => ({ reference: "" }),
    rateLimit: { key: "inquiry:ip", ...INQUIRY_RATE_LIMIT, message: TOO_MANY_INQUIRIES_MESSAGE },
    run: async (data) => {
      const { reference } = await submitLeadershipInquiry(getDb(), visitor, data);
      return success({ reference });
    },
  });
}
