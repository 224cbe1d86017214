// The call booking form's validation messages (callBookingSchemasFor in
// lib/consultation/schemas.ts): a file of its own, because the browser loads them with the schema.

export const callBookingValidation = {
  slot: "Bitte wählen Sie einen freien Termin.",
  name: "Bitte geben Sie Ihren Namen an.",
  nameTooLong: "Dieser Name ist zu lang.",
  organisation: "Bitte geben Sie Ihre Organisation an.",
  phone: "Bitte geben Sie eine Telefonnummer an, unter der ich Sie erreiche.",
  phoneTooLong: "Diese Telefonnummer ist zu lang.",
  phoneInvalid: "Bitte geben Sie eine gültige Telefonnummer an, z. B. 031 123 45 67.",
  topicTooLong: "Bitte fassen Sie sich etwas kürzer (höchstens {max} Zeichen).",
};
