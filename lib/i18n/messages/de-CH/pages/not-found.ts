// The German 404 (app/not-found.tsx): unknown addresses and a page's notFound().

export const notFound = {
  title: "Seite nicht gefunden",
  eyebrow: "Fehler 404",
  heading: "Diese Seite gibt es nicht",
  intro:
    "Vielleicht wurde sie verschoben, oder die Adresse enthält einen Tippfehler. Im Kursangebot finden Sie alle Kurse, Inhalte und Themen.",
  toCatalogue: "Zum Kursangebot",
  toHome: "Zur Startseite",
  /** Two links ("Inhalte und Themen", "Kontaktseite") stand between the parts. */
  topics: {
    before: "Sie suchen ein bestimmtes Thema?",
    library: "Inhalte und Themen",
    middle: "zeigt alle Bausteine der Kurse. Oder schreiben Sie mir über die",
    contact: "Kontaktseite",
    after: ".",
  },
};
