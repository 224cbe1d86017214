// The client's engagement portal behind its link (/portal/[token]).

export const portal = {
  title: "Ihr Auftrag",
  proposalPdf: "Offerte als PDF herunterladen",
  accepted: "Angenommen am {date} von {name} ({role}). Herzlichen Dank!",
  changesRequested: "Ihr Änderungswunsch vom {date} ist angekommen. Sie erhalten eine überarbeitete Fassung.",
  /** Where the engagement stands: dates, participants, documents. */
  overview: {
    state: "Stand Ihres Auftrags {reference}",
    closed: "Dieser Auftrag ist beendet.",
    dates: "Kurstermine",
    session: "{date}, {start}–{end}: {title}",
    cancelled: "abgesagt",
    calendarEntry: "Kalendereintrag {date} (.ics)",
    subscribe: "Alle Termine im Kalender abonnieren",
    participants: "Angemeldete Teilnehmende ({count})",
    nobody: "Noch niemand ist angemeldet.",
    documents: "Dokumente",
    proposalPdf: "Offerte Version {version} (PDF)",
    sentOn: "versandt am {date}, ",
    versionStatus: {
      SENT: "offen",
      ACCEPTED: "angenommen",
      CHANGES_REQUESTED: "Änderungen gewünscht",
      SUPERSEDED: "ersetzt",
      EXPIRED: "abgelaufen",
      WITHDRAWN: "zurückgezogen",
    },
    later: "Kursbestätigungen und die Rechnung finden Sie hier, sobald sie vorliegen.",
  },
  /** Accepting the proposal or asking for changes (a client component: the page passes these as a prop). */
  response: {
    accept: "Offerte annehmen",
    name: "Ihr Name",
    role: "Ihre Funktion",
    acceptConfirm: "Ich nehme die Offerte im Namen meiner Organisation ({organisation}) verbindlich an.",
    changes: "Änderungen wünschen",
    changesSubmit: "Änderungswunsch senden",
    changesMessage: "Was soll ich anpassen?",
    changesHint: "Zum Beispiel Ziele, Programm, Daten oder Anzahl Teilnehmende.",
  },
  invoices: {
    title: "Rechnungen",
    invoice: "Rechnung",
    creditNote: "Gutschrift",
    heading: "{kind} {number}: {title}",
    amount: "{amount} vom {date}",
    due: ", zahlbar bis {date}",
    open: ", offen {amount}",
    pdf: "{kind} {number} als PDF herunterladen",
  },
  certificates: {
    title: "Kursbestätigungen",
    all: "Alle {count} Kursbestätigungen als PDF",
    one: "Kursbestätigung {name}",
    attended: " (teilgenommen {attendance})",
  },
};
