// A seat booking behind its link (/buchung/[token]).

export const booking = {
  title: "Buchung verwalten",
  invalid:
    "Diese Buchung gibt es nicht, oder der Link wurde ersetzt: Wer von der Warteliste nachrückt, erhält einen neuen Link. Den aktuellen Link finden Sie in Ihrer neusten E-Mail zu dieser Buchung.",
  heading: "Ihre Buchung",
  course: "Kurs",
  date: "Datum",
  place: "Ort",
  status: "Status",
  participants: "Teilnehmende",
  statuses: {
    HELD: "Reserviert, noch nicht bestätigt",
    CONFIRMED: "Bestätigt",
    WAITLISTED: "Auf der Warteliste",
    CANCELLED: "Storniert",
  },
  waitlistPosition: " (Position {position})",
  confirm: {
    title: "Buchung bestätigen",
    waitlisted: "Bitte bestätigen Sie Ihren Platz auf der Warteliste bis {deadline}. Ohne Bestätigung verfällt er.",
    held: "Ich halte Ihre Plätze bis {deadline} für Sie frei. Ohne Bestätigung verfällt die Buchung, und die Plätze gehen an andere.",
    doneWaitlisted: "Ihr Platz auf der Warteliste ist bestätigt.",
    done: "Ihre Buchung ist bestätigt. Sie erhalten eine Bestätigung per E-Mail.",
  },
  lapsed:
    "Diese Buchung wurde nicht rechtzeitig bestätigt und ist verfallen; die Plätze sind wieder frei. Bitte buchen Sie neu.",
  leaveWaitlist: "Warteliste verlassen",
  cancel: "Buchung stornieren",
  cancelUntil: "Stornieren über diesen Link ist bis {deadline} möglich.",
  /** Cancelling or leaving the waiting list (a client component: the page passes these as a prop). */
  cancelForm: {
    confirmCancel: "Ja, stornieren",
    confirmLeave: "Ja, Warteliste verlassen",
    questionCancel: "Möchten Sie Ihre Buchung wirklich stornieren? Die Plätze gehen an die Warteliste.",
    questionLeave: "Möchten Sie die Warteliste wirklich verlassen?",
    doneCancel: "Ihre Buchung ist storniert. Sie erhalten eine Bestätigung per E-Mail.",
    doneLeave: "Sie stehen nicht mehr auf der Warteliste. Sie erhalten eine Bestätigung per E-Mail.",
  },
  refusals: {
    SPENT: "Diese Buchung ist storniert. Der Link ist damit nicht mehr gültig.",
    SESSION_CANCELLED: "Dieser Kurstermin wurde abgesagt; Ihre Buchung ist damit aufgehoben.",
    TOO_LATE:
      "Stornieren über diesen Link ist nur bis {hours} Stunden vor Kursbeginn möglich. Bitte melden Sie sich direkt per E-Mail.",
  },
};
