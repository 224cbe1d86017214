// The open course dates and the seat booking page (/termine, /termine/[id]).

export const sessions = {
  list: {
    title: "Offene Kursdaten",
    description:
      "Öffentliche Kurse mit festen Daten: freie Plätze ansehen und direkt buchen, bei ausgebuchten Terminen auf die Warteliste.",
    /** The intro's link ("Anfrage") stands between `before` and `after`. */
    intro: {
      before:
        "Diese Kurse finden an festen Daten statt und stehen allen offen. Für einen Kurs nur für Ihr Team stellen Sie am besten eine",
      link: "Anfrage",
      after: ".",
    },
    empty: "Zurzeit sind keine offenen Kursdaten ausgeschrieben.",
    deadline: "Anmeldeschluss: {date}",
    waitlist: "Auf die Warteliste",
    book: "Platz buchen",
    /** Screen readers hear which date a link books. */
    bookFor: " für {title} am {period}",
  },
  booking: {
    title: "Platz buchen",
    heading: "Platz buchen: {title}",
    date: "Datum",
    place: "Ort",
    price: "Preis",
    seats: "Plätze",
    deadline: "Anmeldeschluss",
    /** The seat booking form (a client component: the page passes these as a prop). */
    form: {
      held: "Ihre Plätze sind reserviert",
      waitlisted: "Sie stehen auf der Warteliste",
      heldUntil: "Ich halte Ihre Plätze bis {time} Uhr für Sie frei.",
      fullyBooked: "Der Termin ist ausgebucht.",
      waitlistPosition:
        "Sie sind auf Position {position} der Warteliste und rücken automatisch nach, sobald Plätze frei werden.",
      confirmByMail:
        "Bitte bestätigen Sie Ihre Buchung über den Link in der E-Mail an {email}. Ohne Bestätigung verfällt sie.",
      participants: "Teilnehmende",
      onePerPerson: "Ein Platz pro Person.",
      person: "Person {number}",
      name: "Vorname und Name",
      email: "E-Mail-Adresse",
      removePerson: "Person {number} entfernen",
      addPerson: "Weitere Person hinzufügen",
      seat: "Platz",
      seats: "Plätze",
      toWaitlist: " – diese Buchung kommt auf die Warteliste.",
      contact: "Kontakt und Rechnung",
      yourName: "Ihr Name",
      yourEmail: "Ihre E-Mail-Adresse",
      yourEmailHint: "Hierhin gehen die Bestätigung und der Link zum Stornieren.",
      phone: "Telefon",
      organisation: "Organisation",
      billingReference: "Rechnungsreferenz",
      billingReferenceHint: "Zum Beispiel Kostenstelle oder Bestellnummer.",
      submitting: "Wird gebucht …",
      submitWaitlist: "Auf die Warteliste setzen",
      submit: "Verbindlich buchen",
    },
  },
};
