// The salutation field's message (salutationSchemaFor in lib/salutation-schema.ts): a file of its
// own, because every public form's schema loads it into the browser.

export const salutationValidation = {
  invalid: "Bitte wählen Sie eine Anrede aus der Liste.",
};
