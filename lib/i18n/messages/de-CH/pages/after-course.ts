// After the course: participants' feedback, withdrawing a quote's consent, the client's follow-up
// (/rueckmeldung/[token], /rueckmeldung/zurueckziehen/[token], /nachbereitung/[token]).

export const afterCourse = {
  feedback: {
    title: "Ihre Rückmeldung zum Kurs",
    used: "Rückmeldung bereits gegeben",
    greeting: "«{course}»: Guten Tag {name}, herzlichen Dank, dass Sie sich fünf Minuten Zeit nehmen.",
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
