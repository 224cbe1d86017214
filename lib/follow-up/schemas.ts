// One schema for the transfer check form and its action (decision 0027). Safe in the client bundle.
import { z } from "zod";

import { refuseField } from "@/lib/field-issue";
import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";
import { followUpValidation } from "@/lib/i18n/messages/de-CH/validation/follow-up";

/** Limits of the free-text answers, shown with a live counter in the form. */
export const FOLLOW_UP_TEXT_MAX = 3000;
export const SESSION_WISH_MAX = 2000;
/** The transfer check form's validation messages in one language. */
export type FollowUpValidationMessages = Catalogue["validation"]["followUp"];

/** The transfer check schema with the messages of one language (decision 0034). */
export function followUpSchemaFor(messages: FollowUpValidationMessages) {
  const tooLong = (max: number) => ({ error: fill(messages.tooLong, { max: formatCount(max) }) });

  return z
    .object({
      token: z.string().min(20).max(100),
      whatChanged: z
        .string()
        .trim()
        .min(2, { error: messages.whatChanged })
        .max(FOLLOW_UP_TEXT_MAX, tooLong(FOLLOW_UP_TEXT_MAX)),
      stillWrong: z.string().trim().max(FOLLOW_UP_TEXT_MAX, tooLong(FOLLOW_UP_TEXT_MAX)),
      wantsSession: z.boolean(),
      sessionWish: z.string().trim().max(SESSION_WISH_MAX, tooLong(SESSION_WISH_MAX)),
    })
    .superRefine((value, context) => {
      if (value.wantsSession && value.sessionWish.length < 2) {
        refuseField(context, "sessionWish", messages.sessionWish);
      }
    });
}

/** The de-CH schema, the site's one language so far: the form and its action use it. */
export const followUpSchema = followUpSchemaFor(followUpValidation);

export type FollowUpInput = z.infer<typeof followUpSchema>;
