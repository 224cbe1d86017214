import { z } from "zod";

import { DEFAULT_SALUTATION, SALUTATIONS } from "@/lib/greeting";
import type { Catalogue } from "@/lib/i18n/messages";
import { salutationValidation } from "@/lib/i18n/messages/de-CH/validation/salutation";

/** The salutation field's message in one language. */
export type SalutationValidationMessages = Catalogue["validation"]["salutation"];

/**
 * The salutation of a public form. Missing or empty (a draft or a form post from before the field
 * existed, a plain post without a choice) means NEUTRAL, so nobody is refused for it; anything else
 * outside the list is an error at the field. The message comes from a catalogue (decision 0034).
 */
export function salutationSchemaFor(messages: SalutationValidationMessages) {
  return z
    .union([z.enum(SALUTATIONS), z.literal("")], { error: messages.invalid })
    .default(DEFAULT_SALUTATION)
    .transform((value) => value || DEFAULT_SALUTATION);
}

/** The de-CH field, the site's one language so far: the forms and their actions use it. */
export const salutationSchema = salutationSchemaFor(salutationValidation);
