// Seats in a public course date, its reminder and changes, and the team registration of an
// in-house course (decision 0034). Forms by number go through plural() (Intl.PluralRules).

export const bookings = {
  placed: {
    subject: {
      HELD: "Bitte bestätigen Sie Ihre Buchung: {course}",
      WAITLISTED: "Warteliste: {course}",
      PROMOTED: "Sie haben einen Platz erhalten: {course}",
      CONFIRMED: "Buchung bestätigt: {course}",
    },
    /** Article, noun and verb agree with the number of seats. */
    yourSeatsAre: { one: "Ihr Platz ist", other: "Ihre {count} Plätze sind" },
    yourSeatsAreUncounted: { one: "Ihr Platz ist", other: "Ihre Plätze sind" },
    yourSeats: { one: "Ihren Platz", other: "Ihre {count} Plätze" },
    seats: { one: "{count} Platz", other: "{count} Plätzen" },
    /** Shown where a value is missing in a mail queued before it existed. */
    missing: "–",
    intro: {
      HELD: "Herzlichen Dank für Ihre Buchung. Ich halte {yourSeats} bis {confirmBy} für Sie frei.",
      CONFIRMED: "Herzlichen Dank für Ihre Buchung. {yourSeatsAre} bestätigt.",
      WAITLISTED:
        "{reason} Sie stehen mit {seats} auf der Warteliste (Position {position}). Sobald Plätze frei werden, rücken Sie automatisch nach und erhalten eine E-Mail. {yourSeatsAre} noch nicht bestätigt.",
      /** Mails queued before the reason existed. */
      waitlistReason: "Dieser Termin ist ausgebucht.",
      PROMOTED_HELD:
        "Gute Nachricht: Es sind Plätze frei geworden. Sie sind von der Warteliste nachgerückt, {yourSeatsAre} bis {confirmBy} für Sie reserviert.",
      PROMOTED:
        "Gute Nachricht: Es sind Plätze frei geworden. Sie sind von der Warteliste nachgerückt, {yourSeatsAre} jetzt bestätigt.",
    },
    confirmBy:
      "Bitte bestätigen Sie Ihre Buchung bis {confirmBy} über den Link unten. Ohne Bestätigung verfällt sie, und die Plätze gehen an andere.",
    participants: "Teilnehmende",
    billingReference: "Rechnungsreferenz",
    button: {
      confirm: "Buchung bestätigen",
      leaveWaitlist: "Warteliste verlassen",
      manage: "Buchung ansehen oder stornieren",
    },
    leaveWaitlistNote: "Mit diesem Link können Sie die Warteliste jederzeit vor dem Kurs verlassen.",
    cancelNote: "Eine Stornierung über diesen Link ist bis {deadline} möglich. Danach melden Sie sich bitte direkt.",
  },
  cancelled: {
    subject: {
      waitlist: "Sie haben die Warteliste verlassen: {course}",
      booking: "Buchung storniert: {course}",
    },
    waitlist: "Sie stehen nicht mehr auf der Warteliste für diesen Termin.",
    booking: "Ihre Buchung ({seats}) ist storniert.",
    bookingByConsultant: "Ihre Buchung ({seats}) ist storniert worden.",
    seats: { one: "{count} Platz", other: "{count} Plätze" },
  },
  reminder: {
    subject: "Erinnerung: {course}",
    intro: "Bald ist es so weit. Ich freue mich auf den Kurs mit Ihnen:",
  },
  changed: {
    subject: {
      MOVED: "Termin geändert: {course}",
      CANCELLED: "Termin abgesagt: {course}",
    },
    moved: "Der Kurstermin hat sich geändert. Neu gilt:",
    movedFrom: "Der Kurstermin hat sich geändert (bisher {when}, {location}). Neu gilt:",
    cancelled: "Leider muss ich diesen Kurstermin absagen. Ihre Buchung ist damit aufgehoben:",
  },
  teamRegistration: {
    subject: {
      WAITLISTED: "Warteliste: {title}",
      seated: "Anmeldung bestätigt: {title}",
    },
    registered: "Sie sind für den Kurs «{title}» angemeldet{allDays}. Die Kalendereinträge liegen dieser Mail bei.",
    promoted:
      "Es ist ein Platz frei geworden: Sie sind jetzt für den Kurs «{title}» angemeldet{allDays}. Die Kalendereinträge liegen dieser Mail bei.",
    /** Inserted after "angemeldet" when the course has several days. */
    allDays: ", an allen {days} Kurstagen",
    waitlisted:
      "Der Kurs «{title}» ist ausgebucht. Sie stehen auf der Warteliste{position}; wird ein Platz frei, erhalten Sie ihn in dieser Reihenfolge und eine Bestätigung per E-Mail.",
    /** Inserted after "Warteliste" when the place is known. */
    position: " an Stelle {position}",
    reminder: "Vor dem ersten Kurstag erhalten Sie eine Erinnerung.",
    cannotAttend:
      "Können Sie nicht teilnehmen? Antworten Sie bitte auf diese E-Mail, damit jemand von der Warteliste Ihren Platz erhält.",
  },
};
