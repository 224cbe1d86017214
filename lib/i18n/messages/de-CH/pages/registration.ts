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
  /** The registration form (a client component: the page passes these as a prop). */
  form: {
    alreadyRegistered: "Sie sind bereits angemeldet",
    waitlisted: "Sie stehen auf der Warteliste",
    registered: "Sie sind angemeldet",
    waitlistPosition:
      "Alle Plätze sind vergeben. Sie stehen an Stelle {position} der Warteliste und erhalten einen Platz, sobald einer frei wird.",
    seatForDays: "Ihr Platz gilt für alle {count} Kurstage.",
    seatConfirmed: "Ihr Platz ist bestätigt.",
    alreadyRegisteredWith: "Mit der Adresse {email} besteht bereits eine Anmeldung; es hat sich nichts geändert.",
    confirmationTo: "Die Bestätigung geht an {email}.",
    confirmationWithCalendarTo: "Die Bestätigung mit den Kalendereinträgen geht an {email}.",
    legend: "Ihre Anmeldung",
    name: "Vorname und Name",
    email: "E-Mail-Adresse",
    emailHint: "Hierhin gehen die Bestätigung mit den Kalendereinträgen und die Erinnerung.",
    function: "Funktion",
    functionHint: "Zum Beispiel «Sachbearbeiterin Schalter» oder «Teamleiter».",
    situation: "Eine typische schwierige Situation aus Ihrer Arbeit",
    situationHint:
      "Hilft, den Kurs und die Rollenspiele auf Ihren Alltag abzustimmen; ohne Namen von Kundinnen und Kunden.",
    wish: "Was möchten Sie aus dem Kurs mitnehmen?",
    wishHint: "Freiwillig.",
    submitting: "Wird angemeldet …",
    submitWaitlist: "Auf die Warteliste setzen",
    submitDays: "Für alle {count} Kurstage anmelden",
    submit: "Anmelden",
    /** Where the privacy page explains what a registration stores: before, the link, after. */
    privacy: {
      before: "Was mit Ihren Angaben geschieht und wer sie sieht, steht in der",
      link: "Datenschutzerklärung",
      after: ".",
    },
  },
};
