// The course catalogue and a course's page (/kurse, /kurse/[slug]).

export const courses = {
  catalogue: {
    title: "Kurse",
    description:
      "Alle Kurse für einen gelassenen, klaren Kundenkontakt: nach Tätigkeitsfeld und Format filtern, Ziele und Inhalte vergleichen und einen massgeschneiderten Kurs anfragen.",
    eyebrow: "Kursangebot",
    lead: "Jeder Kurs ist ein Ausgangspunkt: Ziele, Inhalte und Dauer passen wir gemeinsam an die Aufgaben und Herausforderungen Ihres Teams an.",
    /** The filters and results (a client component: the page passes these as a prop). */
    filter: {
      label: "Kurse filtern",
      search: "Suchen",
      searchPlaceholder: "z. B. Telefon, Sanktionen",
      searchHint: "Durchsucht Titel, Zielgruppe, Ziele und Inhalte.",
      field: "Tätigkeitsfeld",
      allFields: "Alle Tätigkeitsfelder",
      format: "Format",
      allFormats: "Alle Formate",
      reset: "Filter zurücksetzen",
      moreAboutField: "Mehr zum Tätigkeitsfeld",
      results: "Gefundene Kurse",
      noMatch:
        "Kein Kurs im Katalog passt zu Ihrer Auswahl. Jeder Kurs wird ohnehin auf Ihr Team zugeschnitten: Beschreiben Sie Ihr Anliegen, und ich schlage Ihnen Ziele und Inhalte vor.",
      inquire: "Kurs anfragen",
    },
    callToAction: {
      title: "Nicht das Passende gefunden?",
      text: "Beschreiben Sie, was Ihr Team im Kundenkontakt fordert. Ich schlage Ihnen Ziele, Inhalte und einen Ablauf vor, unverbindlich.",
    },
  },
  course: {
    notFound: "Kurs nicht gefunden",
    eyebrow: "Kurs",
    inquire: "Kurs anfragen",
    bookSeat: "Platz buchen",
    bookSeatHint: " (zu den offenen Daten)",
    facts: {
      title: "Eckdaten",
      audience: "Für wen",
      duration: "Dauer",
      formats: "Formate",
      groupSize: "Gruppengrösse",
      languages: "Sprache",
      price: "Preis",
    },
    goals: { title: "Ziele", intro: "Was die Teilnehmenden nach dem Kurs können:" },
    modules: {
      title: "Inhalte",
      intro:
        "Die Module dieses Kurses. Welche davon Ihr Team braucht und wie viel Zeit sie bekommen, legen wir gemeinsam fest.",
      duration: "Dauer: ",
    },
    agenda: {
      title: "Typischer Ablauf",
      intro: "So könnte ein Kurstag aussehen. Zeiten und Pausen richten wir nach Ihrem Betrieb.",
    },
    openDates: {
      title: "Offene Daten",
      intro: "An diesen Daten findet der Kurs offen ausgeschrieben statt. Einzelne Personen können einen Platz buchen.",
    },
    practice: "Aus der Praxis",
    callToAction: {
      title: "Diesen Kurs für Ihr Team?",
      text: "Schreiben Sie mir, wer im Team dabei ist und welche Situationen Sie fordern. Ich schlage Ihnen Ziele, Inhalte und einen Ablauf vor, unverbindlich.",
    },
  },
};
