// The stories page (/geschichten); its heading is the consultant's own and stays in the page.

export const stories = {
  title: "Geschichten von Kundenkontakten",
  description:
    "Erlebt am Schalter, am Telefon und im Kundenservice: Geschichten, die zeigen, was Kundenorientierung im Alltag heisst.",
  eyebrow: "Erfahrungen",
  empty: "Zurzeit sind keine Geschichten veröffentlicht.",
  field: "Tätigkeitsfeld: {field}",
  matchingCourse: "Passender Kurs",
};
