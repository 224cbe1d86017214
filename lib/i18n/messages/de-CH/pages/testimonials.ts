// The testimonials page (/kundenstimmen).

export const testimonials = {
  title: "Kundenstimmen",
  description:
    "Was Teams aus Verwaltungen und Kundendiensten über die Kurse sagen, und mit welchen Ämtern und Stellen ich gearbeitet habe.",
  eyebrow: "Erfahrungen",
  lead: "Rückmeldungen von Teams, mit denen ich gearbeitet habe. Jede Stimme erscheint mit dem Einverständnis der Person.",
  empty: "Zurzeit sind keine Kundenstimmen veröffentlicht.",
};
