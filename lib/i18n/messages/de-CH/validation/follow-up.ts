// The transfer check form's validation messages (followUpSchemaFor in lib/follow-up/schemas.ts):
// a file of its own, because the browser loads them with the schema.

export const followUpValidation = {
  tooLong: "Bitte höchstens {max} Zeichen.",
  whatChanged: "Bitte beschreiben Sie kurz, was sich im Alltag verändert hat.",
  sessionWish: "Bitte beschreiben Sie kurz, was die Folgeveranstaltung behandeln soll.",
};
