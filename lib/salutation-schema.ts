import { z } from "zod";

import { DEFAULT_SALUTATION, SALUTATIONS } from "@/lib/greeting";

/**
 * The salutation of a public form. Missing (a draft or a form post from before the field existed)
 * means NEUTRAL, so nobody is refused for it; anything else outside the list is an error.
 */
export const salutationSchema = z
  .enum(SALUTATIONS, { error: "Bitte wählen Sie eine Anrede aus der Liste." })
  .default(DEFAULT_SALUTATION);
