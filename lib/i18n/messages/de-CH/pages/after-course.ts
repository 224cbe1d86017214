// After the course: participants' feedback, withdrawing a quote's consent, the client's follow-up
// (/rueckmeldung/[token], /rueckmeldung/zurueckziehen/[token], /nachbereitung/[token]).

export const afterCourse = {
  feedback: {
    title: "Ihre Rückmeldung zum Kurs",
    used: "Rückmeldung bereits gegeben",
    greeting: "«{course}»: Guten Tag {name}, herzlichen Dank, dass Sie sich fünf Minuten Zeit nehmen.",
    /** The feedback form (a client component: the page passes these as a prop). */
    form: {
      thanks: "Herzlichen Dank!",
      /** The rating scale, from 1 to 5. */
      scale: {
        notAtAll: "trifft nicht zu",
        ratherNot: "trifft eher nicht zu",
        partly: "teils, teils",
        rather: "trifft eher zu",
        fully: "trifft voll zu",
      },
      overall: "Der Kurs hat mir insgesamt für meine Arbeit geholfen.",
      goals: "Die Ziele des Kurses: Das kann ich jetzt gut",
      helpedMost: "Was hat Ihnen am meisten geholfen?",
      toChange: "Was würden Sie am Kurs ändern?",
      anonymous: "Anonym antworten: Meine Antworten werden ohne meinen Namen ({name}) gespeichert.",
      quoteTitle: "Ein Satz für andere Ämter (freiwillig)",
      quoteIntro:
        "Darf ich einen Satz von Ihnen auf meiner Website zeigen? Nur wenn Sie unten ausdrücklich zustimmen. Sie können die Zustimmung jederzeit mit dem Link in der Bestätigungsmail zurückziehen.",
      quote: "Ihr Zitat",
      quoteForm: "So dürfen Sie mich nennen",
      office: "Ihr Amt",
      officeHint: "Zum Beispiel «Steueramt Luzern».",
      consent: "Ich bin einverstanden, dass dieses Zitat in der gewählten Form veröffentlicht wird.",
      submit: "Rückmeldung senden",
    },
  },
  withdraw: {
    title: "Zustimmung zurückziehen",
    withdrawn: "Ihre Zustimmung ist zurückgezogen. Das Zitat wird nicht veröffentlicht.",
    consented: "Sie haben zugestimmt, dass dieses Zitat auf der Website erscheinen darf:",
    effect: "Ziehen Sie die Zustimmung zurück, wird das Zitat sofort entfernt und nicht mehr verwendet.",
    pending: "Wird zurückgezogen …",
    button: "Zustimmung zurückziehen",
  },
  followUp: {
    title: "Nachbereitung",
    answered: "Bereits beantwortet",
    greeting: "Guten Tag {name}: Was ist vom Kurs «{course}» bei {organisation} geblieben?",
    /** The follow-up form (a client component: the page passes these as a prop). */
    form: {
      thanks: "Herzlichen Dank!",
      whatChanged: "Was hat sich in der täglichen Arbeit verändert?",
      stillWrong: "Welche Situationen laufen noch schief?",
      wantsSession: "Wir wünschen eine Folgeveranstaltung.",
      sessionWish: "Was soll die Folgeveranstaltung behandeln?",
      sessionWishHint: "Nur nötig, wenn Sie eine Folgeveranstaltung wünschen.",
      submit: "Antworten senden",
    },
  },
};
