// The team registration of an in-house course behind its link (/anmeldung/[token]).

export const registration = {
  title: "Anmeldung zum Kurs",
  states: {
    UNKNOWN: "Anmeldelink nicht gefunden",
    REVOKED: "Anmeldelink nicht mehr gültig",
    CLOSED: "Anmeldung geschlossen",
  },
  eyebrow: "Firmenkurs für {organisation}",
  leadDays: "Melden Sie sich hier einmal für alle {count} Kurstage an.",
  leadDay: "Melden Sie sich hier für den Kurstag an.",
  days: "Die Kurstage",
  day: "Der Kurstag",
  dayNumber: "Tag {number}",
  date: "Datum",
  yourRegistration: "Ihre Anmeldung",
};
