// Both inquiry forms (/anfrage, /fuehrungskultur/anfrage): what the fields say, and the validation
// messages the form schemas are built from (inquirySchemasFor in lib/inquiries/schemas.ts), so the
// browser and the server action refuse an entry in the same words. The pages pass the fields'
// texts to the client forms as a prop; the schema module imports only the validation file, so the
// browser's lazily loaded schema carries no labels.
import { inquiryValidation } from "./inquiry-validation";

export const inquiryForm = {
  send: "Anfrage senden",
  sending: "Anfrage wird gesendet …",
  organisation: {
    title: "Ihre Organisation",
    name: "Name der Organisation",
    kind: "Art der Organisation",
    chooseKind: "Bitte wählen",
    department: "Abteilung oder Team",
  },
  contact: {
    title: "Kontakt",
    intro: "So erreiche ich Sie für die Rückfrage.",
    name: "Vorname und Name",
    email: "E-Mail-Adresse",
    phone: "Telefon",
    phoneHint: "Zum Beispiel 031 123 45 67 oder +41 79 123 45 67.",
  },
  message: {
    title: "Ihre Nachricht",
    label: "Nachricht",
    hint: "Was sollte ich sonst noch wissen?",
  },
  /** The consent's link ("Datenschutzerklärung") stands between `before` and `after`. */
  consent: {
    before: "Ich habe die",
    link: "Datenschutzerklärung",
    after: "gelesen und bin einverstanden, dass meine Angaben zur Bearbeitung der Anfrage gespeichert werden.",
  },
  preferredPeriod: "Gewünschter Zeitraum",
  preferredPeriodHint: "Zum Beispiel «Frühling 2027» oder «vor den Sommerferien».",
  course: {
    field: "Tätigkeitsfeld",
    noAnswer: "Keine Angabe",
    participants: "Anzahl Teilnehmende",
    participantsHint: "Ungefähr genügt.",
    situation: {
      title: "Was ist für Ihr Team schwierig?",
      intro: "Damit ich den Kurs auf Ihre Situationen zuschneiden kann.",
      legend: "Schwierige Situationen im Kundenkontakt",
      other: "Weitere Situationen",
      otherHint: "In Ihren eigenen Worten, zum Beispiel ein typisches Gespräch.",
    },
    title: "Ihr Kurs",
    intro: "Alles hier ist freiwillig; wir klären es gerne im Gespräch.",
    fromCatalogue: "Kurs aus dem Angebot",
    tailored: "Massgeschneiderter Kurs ohne Vorlage",
    goals: "Gewünschte Ziele",
    modules: "Gewünschte Inhalte",
    modulesHint: "Aus der Inhaltsbibliothek.",
    format: "Format",
    open: "Noch offen",
    venue: "Kursort",
    venueNote: "Angaben zum Kursort",
    venueNoteHint: "Zum Beispiel die Gemeinde oder der Raum.",
    language: "Kurssprache",
  },
  leadership: {
    teamSize: "Grösse des Teams",
    teamSizeHint: "Wie viele Menschen arbeiten im Team oder in der Organisation, um die es geht? Ungefähr genügt.",
    title: "Ihr Anliegen zur Führung",
    intro: "Damit ich verstehe, wo Sie stehen und was Sie erreichen möchten.",
    desiredChange: "Was soll sich verändern?",
    desiredChangeHint:
      "Zum Beispiel in der Zusammenarbeit, in der Haltung gegenüber der Kundschaft oder in der Art, wie geführt wird.",
    attendees: "Wer nimmt teil?",
    attendeesHint: "Zum Beispiel die Geschäftsleitung, die Teamleitenden oder das ganze Team mit seiner Führung.",
  },
  validation: inquiryValidation,
};
