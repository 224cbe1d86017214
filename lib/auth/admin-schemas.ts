// Inputs of the user management (owners only). Safe in the client bundle.
import { z } from "zod";

import { emailField } from "@/lib/email-field";
import { UserRole } from "@/lib/generated/prisma/enums";

/** Mirrors MIN_PASSWORD_LENGTH of password.ts, which cannot enter the client bundle (Argon2); a test keeps them equal. */
export const MIN_PASSWORD_LENGTH = 12;

export const createUserSchema = z.object({
  email: emailField("Bitte geben Sie die E-Mail-Adresse an."),
  name: z.string().trim().min(2, "Bitte geben Sie den Namen an.").max(120, "Dieser Name ist zu lang."),
  role: z.enum(UserRole, "Bitte wählen Sie eine Rolle."),
  /** Optional: without one, the person signs in by e-mail link. */
  password: z
    .string()
    .max(200, "Dieses Passwort ist zu lang.")
    .refine((value) => value === "" || value.length >= MIN_PASSWORD_LENGTH, {
      message: `Ein Passwort braucht mindestens ${MIN_PASSWORD_LENGTH} Zeichen (oder leer lassen: Anmeldung per Link).`,
    }),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  id: z.uuid(),
  role: z.enum(UserRole).optional(),
  active: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const userRoleLabels: Record<UserRole, string> = {
  OWNER: "Inhaber (alles, auch Benutzer)",
  STAFF: "Mitarbeitende (alles ausser Benutzer)",
};
