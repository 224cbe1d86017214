import { z } from "zod";

import { emailField } from "@/lib/email-field";

const email = emailField();

export const requestSignInLinkSchema = z.object({
  email,
  next: z.string().max(500).optional(),
});
export type RequestSignInLinkInput = z.infer<typeof requestSignInLinkSchema>;

export const signInWithPasswordSchema = z.object({
  email,
  password: z.string().min(1, "Bitte geben Sie Ihr Passwort an.").max(200, "Dieses Passwort ist zu lang."),
  next: z.string().max(500).optional(),
});
export type SignInWithPasswordInput = z.infer<typeof signInWithPasswordSchema>;
