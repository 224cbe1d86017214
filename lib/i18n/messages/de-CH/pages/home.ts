// The home page's own texts; the consultant's opening words stay content in the page (decision 0034).

export const home = {
  title: "Anliegen – Auf die Anliegen der Kunden eingehen",
  inquire: "Kurs anfragen",
  viewCourses: "Kurse ansehen",
  readMore: "Weiterlesen",
  matchingCourses: "Passende Kurse",
  /** Screen readers hear which field a "Passende Kurse" link is for. */
  matchingCoursesFor: " für {field}",
  process: {
    title: "So entsteht Ihr Kurs",
    intro: "Jeder Kurs wird auf Ihr Team zugeschnitten. Der Weg dahin ist klar und verbindlich.",
    step: "Schritt {number}",
    steps: {
      inquiry: {
        title: "Anfrage",
        text: "Sie beschreiben Ihr Team, seine Aufgaben und die Situationen, die im Kundenkontakt schwierig sind.",
      },
      call: {
        title: "Klärungsgespräch",
        text: "In einem unverbindlichen Gespräch klären wir Ihre Ziele, die Rollen im Team und den Rahmen.",
      },
      proposal: {
        title: "Offerte mit Zielen und Modulen",
        text: "Sie erhalten einen massgeschneiderten Vorschlag: Kursziele, Inhalte, Ablauf und Preis, online bestätigt.",
      },
      course: {
        title: "Kurs",
        text: "Kurze Inputs, viel Übung und Rollenspiele mit Situationen aus Ihrem Alltag, am Telefon und am Schalter.",
      },
      followUp: {
        title: "Nachbereitung",
        text: "Wir schauen gemeinsam zurück: Was wirkt, was braucht es noch, damit das Gelernte im Alltag trägt?",
      },
    },
  },
  featured: {
    title: "Kurse als Ausgangspunkt",
    intro: "Beispiele, die wir gemeinsam auf Ihr Team anpassen.",
    all: "Alle Kurse im Überblick",
  },
  allTestimonials: "Alle Kundenstimmen",
  references: {
    title: "Mit diesen Teams habe ich gearbeitet",
    intro: "Unter anderem mit Mitarbeitenden dieser Ämter und Stellen:",
  },
};
