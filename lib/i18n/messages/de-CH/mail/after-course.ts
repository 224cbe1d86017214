// After the course: the certificate with the feedback link, thanks for the feedback, and the
// transfer check some weeks later (decision 0034).

export const afterCourse = {
  certificate: {
    subject: "Ihre Kursbestätigung: {course}",
    intro:
      "Herzlichen Dank für Ihre Teilnahme am Kurs «{course}». Sie haben {attendance} teilgenommen; Ihre Kursbestätigung liegt dieser Mail als PDF bei.",
    feedback:
      "Wie hat Ihnen der Kurs geholfen? Ihre Rückmeldung dauert etwa fünf Minuten und hilft mir, den Kurs weiterzuentwickeln. Sie können auch anonym antworten.",
    feedbackButton: "Rückmeldung geben",
    feedbackNote: "Der Link ist persönlich und gilt für eine Rückmeldung.",
  },
  feedbackThanks: {
    subject: "Herzlichen Dank für Ihre Rückmeldung",
    thanks:
      "Herzlichen Dank, dass Sie sich die Zeit für Ihre Rückmeldung genommen haben. Sie hilft mir, den Kurs weiterzuentwickeln.",
    consent:
      "Sie haben zugestimmt, dass ich Ihr Zitat auf meiner Website veröffentlichen darf. Diese Zustimmung können Sie jederzeit zurückziehen; das Zitat wird dann sofort von der Website entfernt.",
    withdrawButton: "Zustimmung zurückziehen",
    keep: "Bitte bewahren Sie diese Mail auf, solange das Zitat veröffentlicht sein darf.",
  },
  followUp: {
    subject: "Nachbereitung: Was ist vom Kurs «{course}» geblieben?",
    intro:
      "Vor einigen Wochen hat Ihr Team den Kurs «{course}» besucht. Mich interessiert, was davon im Alltag angekommen ist.",
    questions:
      "Drei kurze Fragen: Was hat sich in der täglichen Arbeit verändert? Welche Situationen laufen noch schief? Und wünschen Sie eine Folgeveranstaltung?",
    button: "Zur Nachbereitung",
    note: "Der Link ist persönlich und gilt für eine Antwort.",
  },
};
