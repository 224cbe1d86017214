// The leadership culture page's call to action and its inquiry page (/fuehrungskultur, /fuehrungskultur/anfrage).

export const leadership = {
  eyebrow: "Angebot",
  callToAction: {
    title: "Führungskultur gemeinsam weiterentwickeln?",
    text: "In einem unverbindlichen Gespräch klären wir, wo Sie stehen und was Sie erreichen möchten.",
    inquire: "Führungsarbeit anfragen",
  },
  inquiry: {
    title: "Führungsarbeit anfragen",
    description:
      "Fragen Sie eine Begleitung Ihrer Führungskultur an: Sie schildern, was sich verändern soll und wer teilnimmt, ich melde mich {within}.",
    eyebrow: "Führungskultur",
    intro:
      "Erzählen Sie mir, was sich in der Führung und Zusammenarbeit verändern soll – ich melde mich {within} persönlich bei Ihnen.",
    courseQuestion: "Suchen Sie einen Kurs für Ihre Mitarbeitenden im Kundenkontakt?",
    courseInquiry: "Zur Kursanfrage",
  },
};
