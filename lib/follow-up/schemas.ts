// One schema for the transfer check form and its action (decision 0027). Safe in the client bundle.
import { z } from "zod";

export const followUpSchema = z
  .object({
    token: z.string().min(20).max(100),
    whatChanged: z
      .string()
      .trim()
      .min(2, { error: "Bitte beschreiben Sie kurz, was sich im Alltag verändert hat." })
      .max(3000, { error: "Bitte höchstens 3000 Zeichen." }),
    stillWrong: z.string().trim().max(3000, { error: "Bitte höchstens 3000 Zeichen." }),
    wantsSession: z.boolean(),
    sessionWish: z.string().trim().max(2000, { error: "Bitte höchstens 2000 Zeichen." }),
  })
  .superRefine((value, context) => {
    if (value.wantsSession && value.sessionWish.length < 2) {
      context.addIssue({
        code: "custom",
        path: ["sessionWish"],
        message: "Bitte beschreiben Sie kurz, was die Folgeveranstaltung behandeln soll.",
      });
    }
  });

export type FollowUpInput = z.infer<typeof followUpSchema>;
