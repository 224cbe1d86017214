// The free first call: booked, moved, cancelled (decision 0034).

export const calls = {
  booked: {
    subject: {
      confirm: "Bitte bestätigen Sie Ihr Erstgespräch",
      visitorBooked: "Ihr Erstgespräch ist bestätigt",
      visitorMoved: "Ihr Erstgespräch ist verschoben",
      consultantBooked: "Erstgespräch gebucht: {name}, {organisation}",
      consultantMoved: "Erstgespräch verschoben: {name}, {organisation}",
    },
    visitor: {
      moved: "Ihr unverbindliches Erstgespräch ist verschoben. Der neue Termin:",
      held: "Herzlichen Dank für Ihre Buchung. Ich halte Ihnen diesen Termin für Ihr unverbindliches Erstgespräch frei:",
      confirmed: "Herzlichen Dank für Ihre Buchung. Ihr unverbindliches Erstgespräch ist bestätigt:",
      confirmBy:
        "Bitte bestätigen Sie Ihre Buchung bis {confirmBy} über den Link unten. Ohne Bestätigung verfällt sie, und der Termin wird wieder frei.",
    },
    consultant: {
      moved: "Ein Erstgespräch wurde verschoben:",
      booked: "Ein neues Erstgespräch wurde gebucht:",
    },
    confirmButton: "Erstgespräch bestätigen",
    manageButton: "Termin verschieben oder absagen",
    changeCutoff:
      "Änderungen sind bis {hours} Stunden vor dem Gespräch möglich. Der Link gilt, bis Sie den Termin verschieben oder absagen.",
  },
  cancelled: {
    subject: {
      visitor: "Ihr Erstgespräch ist abgesagt",
      consultant: "Erstgespräch abgesagt: {name}, {organisation}",
    },
    visitor: {
      byConsultant:
        "Leider muss ich unser Erstgespräch absagen. Bitte entschuldigen Sie. Gerne können Sie einen neuen Termin wählen.",
      byVisitor: "Ihr Erstgespräch ist abgesagt. Wenn Sie möchten, wählen Sie jederzeit einen neuen Termin.",
    },
    cancelledAppointment: "Abgesagter Termin",
    bookButton: "Neuen Termin wählen",
    consultant: "Ein Erstgespräch wurde abgesagt:",
  },
};
