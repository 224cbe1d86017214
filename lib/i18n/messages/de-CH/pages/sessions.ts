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
  },
};
