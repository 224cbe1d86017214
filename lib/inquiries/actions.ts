"use server";

import { runAction, success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { clientKey } from "@/lib/request";

import { acceptInquiry } from "./service";

export type InquirySubmitted = { reference: string };

/** The public inquiry form's action: no sign-in; honeypot, rate limit and schema guard it. */
export async function submitInquiryAction(input: unknown): Promise<ActionResult<InquirySubmitted>> {
  return runAction(async () => success(await acceptInquiry(getDb(), input, await clientKey())));
}
