// The course catalogue and a course's page (/kurse, /kurse/[slug]).

export const courses = {
  catalogue: {
    title: "Kurse",
    description:
      "Alle Kurse für einen gelassenen, klaren Kundenkontakt: nach Tätigkeitsfeld und Format filtern, Ziele und Inhalte vergleichen und einen massgeschneiderten Kurs anfragen.",
    eyebrow: "Kursangebot",
    lead: "Jeder Kurs ist ein Ausgangspunkt: Ziele, Inhalte und Dauer passen wir gemeinsam an die Aufgaben und Herausforderungen Ihres Teams an.",
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
