// The validation messages of both inquiry forms (inquirySchemasFor in lib/inquiries/schemas.ts):
// a file of their own, because the browser loads them with the schema.

export const inquiryValidation = {
  text: "Bitte geben Sie einen Text ein.",
  tooLong: "{label} ist zu lang (höchstens {max} Zeichen).",
  chooseFromList: "Bitte wählen Sie aus der Liste.",
  tooManyChoices: "Bitte wählen Sie höchstens {max} Einträge.",
  organisationName: "Bitte geben Sie den Namen Ihrer Organisation an.",
  organisationKind: "Bitte wählen Sie die Art Ihrer Organisation.",
  contactName: "Bitte geben Sie Ihren Vornamen und Namen an.",
  email: "Bitte geben Sie Ihre E-Mail-Adresse an.",
  emailTooLong: "Diese E-Mail-Adresse ist zu lang.",
  emailInvalid: "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@gemeinde.ch.",
  phoneInvalid: "Bitte geben Sie eine gültige Telefonnummer an, z. B. 031 123 45 67 oder +41 31 123 45 67.",
  privacyConsent: "Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben.",
  number: "Bitte geben Sie eine Zahl an.",
  numberRange: "Bitte geben Sie eine Zahl zwischen 1 und {max} an.",
  format: "Bitte wählen Sie ein Format aus der Liste.",
  venue: "Bitte wählen Sie einen Kursort aus der Liste.",
  language: "Bitte wählen Sie eine Kurssprache.",
  desiredChange: "Bitte beschreiben Sie in ein paar Worten, was sich verändern soll.",
  attendees: "Bitte geben Sie an, wer teilnimmt.",
  /** What "{label} ist zu lang" names. */
  labels: {
    text: "Text",
    name: "Der Name",
    department: "Die Abteilung",
    phone: "Die Telefonnummer",
    description: "Die Beschreibung",
    period: "Der Zeitraum",
    venueNote: "Die Angabe zum Ort",
    message: "Die Nachricht",
    attendees: "Die Angabe",
  },
};
