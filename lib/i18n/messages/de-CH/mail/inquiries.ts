// An inquiry received: the requester's confirmation, the consultant's notification and morning
// digest (decision 0034).

export const inquiries = {
  confirmation: {
    subject: "Ihre Anfrage {reference} ist eingegangen",
    greeting: "Guten Tag",
    received: "Herzlichen Dank für Ihre Anfrage. Sie ist gut angekommen und geht nicht verloren.",
    referenceLabel: "Ihre Referenznummer:",
    nextHeading: "So geht es weiter",
    next: "Ich lese Ihre Angaben persönlich und melde mich bis {deadline} bei Ihnen, per E-Mail oder am Telefon. Gemeinsam klären wir, wo Ihr Team steht und was der Kurs bewirken soll; danach erhalten Sie eine auf Ihr Team zugeschnittene Offerte.",
    callOffer: "Möchten Sie lieber gleich einen Termin für ein kostenloses, unverbindliches Erstgespräch wählen?",
    callButton: "Erstgespräch buchen",
    footnote:
      "Bitte geben Sie bei Fragen die Referenznummer {reference} an. Sie können direkt auf diese E-Mail antworten. Haben Sie keine Anfrage gestellt, können Sie diese E-Mail löschen.",
  },
  notification: {
    subject: "Neue Anfrage {reference}: {organisation}",
    intro: "Eine neue Anfrage ist eingegangen ({reference}).",
    dueLabel: "Erste Antwort fällig:",
    /** "Dienstag, 01.12.2026, 16:00 Uhr" */
    due: "{date}, {time} Uhr",
    contact: "Kontakt",
    noPhone: "nicht angegeben",
    button: "Anfrage öffnen",
  },
  digest: {
    subject: "Anfragen am {date}: {counts}",
    overdueCount: "{count} überfällig",
    freshCount: "{count} neu",
    intro: "Guten Morgen. Diese Anfragen warten auf Sie:",
    overdueHeading: "Überfällig",
    freshHeading: "Neu",
    overdueLine: "{contact} · Antwort war fällig am {due}",
    freshLine: "{contact} · eingegangen am {received}",
    allOpen: "Alle offenen Anfragen in der Verwaltung",
  },
};
