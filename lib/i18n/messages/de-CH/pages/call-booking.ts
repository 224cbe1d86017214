// The first call: booking it and managing it behind its link (/erstgespraech, /termin/[token]).

export const callBooking = {
  book: {
    title: "Unverbindliches Erstgespräch",
    description:
      "Buchen Sie ein kostenloses, unverbindliches Erstgespräch am Telefon: Sie wählen die Zeit, ich rufe Sie an.",
    intro:
      "In einem Telefongespräch von {duration} klären wir, wo Ihr Team im Kundenkontakt steht und was ein Kurs bewirken soll. Das Gespräch ist kostenlos und verpflichtet Sie zu nichts.",
    forInquiry: "Das Gespräch wird Ihrer Anfrage {reference} zugeordnet.",
    topicForInquiry: "Zu meiner Anfrage {reference}",
    /** The booking form (a client component: the page passes these as a prop). */
    form: {
      reserved: "Ihr Termin ist reserviert",
      confirmByMail: "Bitte bestätigen Sie Ihre Buchung über den Link in der E-Mail an {email}.",
      heldUntil: " Ich halte den Termin bis {time} Uhr für Sie frei; ohne Bestätigung verfällt er.",
      /** The inquiry form's link ("Anfrageformular") stands between `before` and `after`. */
      noSlots: {
        before: "Zurzeit sind keine Termine frei. Schreiben Sie mir über das",
        link: "Anfrageformular",
        after: ", ich melde mich bei Ihnen.",
      },
      chooseTime: "Termin wählen",
      yourDetails: "Ihre Angaben",
      name: "Vorname und Name",
      organisation: "Organisation",
      email: "E-Mail-Adresse",
      phone: "Telefon",
      phoneHint: "Ich rufe Sie zur gewählten Zeit unter dieser Nummer an.",
      topic: "Worum geht es?",
      topicHint: "Zum Beispiel: Ihr Team, die schwierigen Situationen, Ihre Fragen.",
      submit: "Erstgespräch buchen",
      submitting: "Wird gebucht …",
    },
  },
  manage: {
    title: "Erstgespräch verwalten",
    invalid:
      "Diesen Termin gibt es nicht, oder der Link ist nicht mehr gültig, weil der Termin verschoben wurde. Den aktuellen Link finden Sie in Ihrer neusten Bestätigung.",
    bookNew: "Neuen Termin buchen",
    heading: "Ihr Erstgespräch",
    rescheduled: "Ihr Termin ist verschoben. Sie erhalten eine neue Bestätigung per E-Mail.",
    appointment: "Termin",
    status: "Status",
    name: "Name",
    statuses: {
      BOOKED: "Gebucht",
      CANCELLED: "Abgesagt",
      RESCHEDULED: "Verschoben",
      COMPLETED: "Stattgefunden",
      NO_SHOW: "Stattgefunden",
    },
    confirm: {
      title: "Erstgespräch bestätigen",
      text: "Ich halte Ihnen den Termin bis {deadline} frei. Ohne Bestätigung verfällt er.",
      done: "Ihr Erstgespräch ist bestätigt. Sie erhalten die Bestätigung mit Kalendereintrag per E-Mail.",
    },
    lapsed:
      "Dieser Termin wurde nicht rechtzeitig bestätigt und ist verfallen; er ist wieder frei. Bitte buchen Sie neu.",
    changeUntil: "Änderungen sind bis {deadline} möglich.",
    /** Moving or cancelling the call (a client component: the page passes these as a prop). */
    form: {
      reschedule: "Termin verschieben",
      noOtherSlots: "Zurzeit sind keine anderen Termine frei.",
      rescheduling: "Wird verschoben …",
      rescheduleSubmit: "Auf diese Zeit verschieben",
      cancelTitle: "Termin absagen",
      cancel: "Erstgespräch absagen",
      confirmCancel: "Ja, absagen",
      question: "Möchten Sie das Erstgespräch wirklich absagen?",
      done: "Ihr Erstgespräch ist abgesagt. Sie erhalten eine Bestätigung per E-Mail.",
    },
    spent: "Dieser Link ist nicht mehr gültig: Der Termin wurde abgesagt oder verschoben.",
    tooLate:
      "Änderungen über diesen Link sind nur bis {hours} Stunden vor dem Gespräch möglich. Bitte melden Sie sich direkt per E-Mail.",
  },
};
