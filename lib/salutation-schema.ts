import { z } from "zod";

import { DEFAULT_SALUTATION, SALUTATIONS } from "@/lib/greeting";

/**
 * The salutation of a public form. Missing or empty (a draft or a form post from before the field
 * existed, a plain post without a choice) means NEUTRAL, so nobody is refused for it; anything else
 * outside the list is an error at the field.
 */
export const salutationSchema = z
  .union([z.enum(SALUTATIONS), z.literal("")], { error: "Bitte wählen Sie eine Anrede aus der Liste." })
  .default(DEFAULT_SALUTATION)
  .transform((value) => value || DEFAULT_SALUTATION);
