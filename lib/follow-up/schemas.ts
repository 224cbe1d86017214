// One schema for the transfer check form and its action (decision 0027). Safe in the client bundle.
import { z } from "zod";

import { refuseField } from "@/lib/field-issue";
import { formatCount } from "@/lib/format";

/** Limits of the free-text answers, shown with a live counter in the form. */
export const FOLLOW_UP_TEXT_MAX = 3000;
export const SESSION_WISH_MAX = 2000;
const tooLong = (max: number) => ({ error: `Bitte höchstens ${formatCount(max)} Zeichen.` });

export const followUpSchema = z
  .object({
    token: z.string().min(20).max(100),
    whatChanged: z
      .string()
      .trim()
      .min(2, { error: "Bitte beschreiben Sie kurz, was sich im Alltag verändert hat." })
      .max(FOLLOW_UP_TEXT_MAX, tooLong(FOLLOW_UP_TEXT_MAX)),
    stillWrong: z.string().trim().max(FOLLOW_UP_TEXT_MAX, tooLong(FOLLOW_UP_TEXT_MAX)),
    wantsSession: z.boolean(),
    sessionWish: z.string().trim().max(SESSION_WISH_MAX, tooLong(SESSION_WISH_MAX)),
  })
  .superRefine((value, context) => {
    if (value.wantsSession && value.sessionWish.length < 2) {
      refuseField(context, "sessionWish", "Bitte beschreiben Sie kurz, was die Folgeveranstaltung behandeln soll.");
    }
  });

export type FollowUpInput = z.infer<typeof followUpSchema>;
