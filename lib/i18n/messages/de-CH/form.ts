// The public form kit's own words (components/form/*, decision 0034): the error summary, the
// character counter, the submit button and the person fields. A file of its own, because the kit's
// client components import it as their defaults; a form in another language passes its area.

export const form = {
  errorSummary: {
    /** "Bitte korrigieren Sie 1 Angabe" / "… 3 Angaben", chosen by Intl.PluralRules. */
    heading: { one: "Bitte korrigieren Sie {count} Angabe", other: "Bitte korrigieren Sie {count} Angaben" },
  },
  characterCount: {
    limit: "Höchstens {max} Zeichen.",
    remaining: "Noch {count} Zeichen möglich",
    over: "{count} Zeichen zu viel",
  },
  submit: {
    pending: "Wird gesendet …",
    noScript:
      "Dieses Formular braucht JavaScript. Bitte schalten Sie JavaScript ein; ohne JavaScript werden Ihre Angaben nicht gesendet.",
  },
  person: {
    name: "Vorname und Name",
    email: "E-Mail-Adresse",
  },
  /** The hidden field only bots fill in (components/form/honeypot.tsx). */
  honeypot: { label: "Website" },
  salutation: {
    legend: "Anrede",
    hint: "So spreche ich Sie in E-Mails an: «Guten Tag Frau Müller», «Guten Tag Herr Müller» oder ohne Anrede «Guten Tag Zoë Müller».",
  },
};
