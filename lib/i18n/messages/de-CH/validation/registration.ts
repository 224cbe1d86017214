// The team registration's validation messages (registrationSchemasFor in
// lib/registration/schemas.ts): a file of its own, because the browser loads them with the schema.

export const registrationValidation = {
  /** A person registered by someone else (the portal's list, the admin import). */
  personName: "Bitte geben Sie den Namen an.",
  nameTooLong: "Dieser Name ist zu lang.",
  functionTooLong: "Diese Funktion ist zu lang.",
  answerTooLong: "Bitte fassen Sie sich kürzer (höchstens {max} Zeichen).",
  link: "Dieser Anmeldelink ist nicht gültig.",
  /** The person behind the registration link, for themselves. */
  ownName: "Bitte geben Sie Ihren Namen an.",
  ownFunction: "Bitte geben Sie Ihre Funktion an.",
};
