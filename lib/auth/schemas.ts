import { z } from "zod";

const email = z
  .string()
  .trim()
  .min(1, "Bitte geben Sie Ihre E-Mail-Adresse an.")
  .max(254, "Diese E-Mail-Adresse ist zu lang.")
  .pipe(z.email("Bitte geben Sie eine gültige E-Mail-Adresse an."));

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
