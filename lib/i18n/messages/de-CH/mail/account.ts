// The sign-in link and the free-text message (decision 0034).

export const account = {
  signInLink: {
    subject: "Ihr Anmeldelink für Anliegen",
    greeting: "Guten Tag",
    intro:
      "Mit diesem Link melden Sie sich im Verwaltungsbereich von Anliegen an. Er gilt {minutes} Minuten und nur einmal.",
    button: "Jetzt anmelden",
    /** Followed by the address itself. */
    fallback: "Falls der Knopf nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser: ",
    notRequested: "Haben Sie keine Anmeldung angefordert? Dann können Sie diese E-Mail ignorieren.",
  },
  message: {
    reference: "Referenz: {reference}",
  },
};
