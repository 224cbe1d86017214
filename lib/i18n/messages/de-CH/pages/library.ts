// The library of themes and modules (/inhalte, /inhalte/[slug]).

export const library = {
  title: "Inhalte und Themen",
  description:
    "Die Bausteine der Kurse: Rollen im Kundenkontakt, Telefon-Kommunikation, Präsenz, Kommunikations-Werkzeuge und der Umgang mit schwierigen Situationen.",
  eyebrow: "Bausteine",
  lead: "Aus diesen Modulen stelle ich Ihren Kurs zusammen. Jedes lässt sich auf die Situationen Ihres Teams zuschneiden.",
  themesOnPage: "Themen auf dieser Seite",
  guideline: "Richtwert: {duration}",
  callToAction: {
    title: "Welche Themen braucht Ihr Team?",
    text: "Sagen Sie mir, welche Situationen Ihr Team fordern. Ich stelle daraus einen Kurs mit passenden Zielen und Modulen zusammen.",
  },
  module: {
    notFound: "Inhalt nicht gefunden",
    theme: "Thema",
    guideline: "Richtwert für die Dauer",
    helpsWith: "Hilft bei",
    all: "Alle Inhalte und Themen",
  },
};
