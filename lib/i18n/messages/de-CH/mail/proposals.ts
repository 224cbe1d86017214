// A proposal sent and accepted, and the engagement's stages (decision 0034).

export const proposals = {
  sent: {
    subject: {
      first: "Ihre Offerte: {title}",
      revised: "Überarbeitete Offerte: {title} (Version {version})",
    },
    intro: {
      first:
        "Herzlichen Dank für Ihre Anfrage. Gerne sende ich Ihnen meine Offerte für einen Kurs, der auf Ihr Team zugeschnitten ist.",
      revised: "Wie besprochen sende ich Ihnen die überarbeitete Fassung meiner Offerte.",
    },
    validUntil: "Gültig bis",
    withPdf:
      "Die Offerte liegt dieser Mail als PDF bei. Unter dem folgenden Link sehen Sie sie ebenfalls mit Zielen, Programm und Preis, können sie online annehmen oder mir Änderungswünsche mitteilen.",
    withoutPdf:
      "Unter dem folgenden Link sehen Sie die ganze Offerte mit Zielen, Programm und Preis, können sie als PDF herunterladen, online annehmen oder mir Änderungswünsche mitteilen.",
    button: "Offerte ansehen",
    linkNote:
      "Der Link ist persönlich und bis {linkValidUntil} gültig. Bitte leiten Sie ihn nur an Personen weiter, die über die Offerte entscheiden.",
  },
  accepted: {
    subject: "Vielen Dank für Ihre Zusage: {title}",
    intro:
      "Herzlichen Dank für Ihr Vertrauen und Ihre Zusage. Ich freue mich sehr auf den Kurs «{title}» mit Ihrem Team.",
    acceptedLabel: "Angenommen",
    accepted: "{at} von {name} ({role})",
    proposalLabel: "Offerte",
    version: "Version {version}",
    pdf: "Die angenommene Offerte liegt dieser Mail als PDF bei.",
    nextHeading: "So geht es weiter",
    step: "– {step}",
    portal: "Die Offerte und alles Weitere zu Ihrem Kurs finden Sie jederzeit in Ihrem Kundenportal:",
  },
  engagement: {
    subject: {
      DATES_SET: "Ihre Kurstermine: {title}",
      HELD: "Kurs durchgeführt: {title}",
    },
    intro: {
      DATES_SET: "Die Termine für den Kurs «{title}» stehen fest. Die Kalendereinträge liegen dieser Mail bei.",
      HELD: "Herzlichen Dank für die Zusammenarbeit beim Kurs «{title}». Der Kurs ist durchgeführt; die Nachbereitung folgt.",
    },
    portal: {
      DATES_SET: "Die Termine, die Anmeldungen Ihres Teams und die Dokumente finden Sie in Ihrem Kundenportal:",
      HELD: "Die Dokumente zum Kurs finden Sie in Ihrem Kundenportal:",
    },
    registration:
      "Ihr Team meldet sich über diesen Link an, einmal für alle Kurstage. Bitte leiten Sie ihn an die Teilnehmenden weiter; im Kundenportal sehen Sie, wer angemeldet ist.",
    registrationButton: "Zur Anmeldung des Teams",
  },
};
