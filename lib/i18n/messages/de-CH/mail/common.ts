// What every mail says the same way: greeting, sign-off, letterhead, the labels of its detail
// lines and its link blocks (decision 0034). `{name}` parts are filled by lib/i18n/fill.ts.

export const common = {
  /** lib/greeting.ts: formally, as Swiss public bodies write (decision 0028). */
  greeting: {
    /** No name known (an anonymised record, a mail to an unconfirmed address). */
    anonymous: "Guten Tag",
    MS: "Guten Tag Frau {familyName}",
    MR: "Guten Tag Herr {familyName}",
    NEUTRAL: "Guten Tag {fullName}",
  },
  signOff: "Freundliche Grüsse",
  /** The letterhead's tagline, below the mail. */
  tagline: "Anliegen – Beratung und Training für Kundenorientierung",
  /** "Dienstag, 24.11.2026, 09:00–09:30 Uhr" */
  timeRange: "{date}, {start}–{end} Uhr",
  /** The bare address below a button, for mail clients that do not show buttons. */
  linkLine: "{label}: {url}",
  /** Labels of the detail lines ("Kurs: …"). */
  line: {
    course: "Kurs",
    date: "Datum",
    place: "Ort",
    appointment: "Termin",
    name: "Name",
    organisation: "Organisation",
    email: "E-Mail",
    phone: "Telefon",
    topic: "Thema",
    inquiry: "Anfrage",
    reference: "Referenz",
    /** One line per course day. */
    day: "Tag {number}",
    /** One line per day of a public course run (decision 0037). */
    courseDay: "Kurstag {number}",
    totalInclVat: "Total inkl. MWST",
  },
  calendarAttached: "Der Termin ist als Kalendereintrag (termin.ics) angehängt.",
  /** The consultant's link to the calls in the admin area. */
  adminCalls: "Erstgespräche in der Verwaltung",
  /** The client's portal link: a credential, so every mail that carries it says not to pass it on. */
  portal: {
    label: "Zum Kundenportal",
    note: "Der Link ist persönlich. Bitte leiten Sie ihn nur an Personen weiter, die den Kurs mit Ihnen planen.",
  },
};
