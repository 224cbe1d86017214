// The seat booking form's validation messages (bookingSchemasFor in lib/booking/schemas.ts): a
// file of its own, because the browser loads them with the schema.

export const bookingValidation = {
  participantName: "Bitte geben Sie den Namen an.",
  nameTooLong: "Dieser Name ist zu lang.",
  session: "Dieser Termin existiert nicht.",
  contactName: "Bitte geben Sie Ihren Namen an.",
  phoneTooLong: "Diese Telefonnummer ist zu lang.",
  organisation: "Bitte geben Sie Ihre Organisation an.",
  billingReferenceTooLong: "Diese Referenz ist zu lang.",
  participants: "Bitte geben Sie mindestens eine teilnehmende Person an.",
  tooManySeats: "Pro Buchung sind höchstens {max} Plätze möglich.",
  duplicateEmail: "Diese E-Mail-Adresse steht schon bei einer anderen Person.",
};
