// The public site's chrome in Swiss Standard German: header, navigation, footer, skip link.
// Decision 0034: every language has one catalogue of this shape; de-CH is the source.

export const site = {
  brand: {
    name: "Anliegen",
    tagline: "Kundenorientierung, die im Alltag trägt",
    footerLine: "Beratung und Training für Kundenorientierung",
  },
  skipToContent: "Zum Inhalt springen",
  header: {
    inquire: "Kurs anfragen",
    menu: "Menü",
  },
  navigation: {
    mainLabel: "Hauptnavigation",
    footerLabel: "Fusszeile",
    courses: "Kurse",
    openDates: "Offene Kursdaten",
    library: "Inhalte und Themen",
    stories: "Geschichten",
    storiesLong: "Geschichten aus dem Kundenkontakt",
    leadership: "Führungskultur",
    about: "Über mich",
    contact: "Kontakt",
    testimonials: "Kundenstimmen",
    inquire: "Kurs anfragen",
    bookCall: "Erstgespräch buchen",
    imprint: "Impressum",
    privacy: "Datenschutz",
  },
  footerGroups: {
    offer: "Angebot",
    experience: "Erfahrungen",
    contact: "Kontakt",
    legal: "Rechtliches",
  },
};
