// The course inquiry page and its confirmation (/anfrage, /anfrage/danke).

export const inquiry = {
  title: "Kurs anfragen",
  description:
    "Fragen Sie einen massgeschneiderten Kurs für Ihr Team an: Sie schildern die schwierigen Situationen im Kundenkontakt, ich melde mich {within}.",
  intro:
    "Jeder Kurs wird auf Ihr Team zugeschnitten. Erzählen Sie mir, wo es im Kundenkontakt schwierig wird – ich melde mich {within} persönlich bei Ihnen.",
  prefilled: "Sie fragen den Kurs «{course}» an. Sie können ihn unten ändern.",
  received: {
    title: "Anfrage erhalten",
    heading: "Vielen Dank für Ihre Anfrage",
    reference: "Ihre Referenznummer:",
    nextTitle: "So geht es weiter",
    next: {
      confirmation: "Sie erhalten gleich eine Bestätigung mit Ihrer Referenznummer per E-Mail.",
      answer: "Ich lese Ihre Anfrage persönlich und melde mich bis {deadline} bei Ihnen.",
      proposal:
        "Gemeinsam klären wir Ihre Situation; danach erhalten Sie eine Offerte, die auf Ihr Team zugeschnitten ist.",
    },
    callInvitation: "Wenn Sie lieber gleich einen Termin für ein kostenloses Erstgespräch wählen:",
    bookCall: "Erstgespräch buchen",
  },
};
