// The e-mail address field's messages (emailField in lib/email-field.ts): a file of its own,
// because the public forms' schemas load it into the browser.

export const emailValidation = {
  /** Asking the visitor for their own address. */
  missingOwn: "Bitte geben Sie Ihre E-Mail-Adresse an.",
  /** Asking for someone else's address (a participant, a user). */
  missingOther: "Bitte geben Sie die E-Mail-Adresse an.",
  tooLong: "Diese E-Mail-Adresse ist zu lang.",
  invalid: "Bitte geben Sie eine gültige E-Mail-Adresse an.",
};
