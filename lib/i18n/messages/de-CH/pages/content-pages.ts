// What the editable pages (about, contact, leadership, legal texts) add around the consultant's
// text, which is content in the database (decision 0034).

export const contentPages = {
  notFound: "Seite nicht gefunden",
  about: { whatClientsSay: "Was Kundinnen und Kunden sagen" },
  contact: {
    address: "Adresse",
    inquire: "Kurs anfragen",
    bookCall: "Unverbindliches Erstgespräch buchen",
  },
  legal: {
    eyebrow: "Rechtliches",
    provider: "Anbieter",
    responsible: "Verantwortlich",
    hosting: "Hosting",
    hostedAt: "Die Website und ihre Datenbank werden {location} betrieben.",
  },
};
