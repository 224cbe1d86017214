// Texts several public pages share (decision 0034, step 2).

export const shared = {
  /** "Pflichtfelder sind mit * markiert; …": the star itself stands between `before` and `after`. */
  requiredMarked: {
    before: "Pflichtfelder sind mit",
    star: "Stern",
    after: "markiert; alles andere ist freiwillig.",
  },
  requiredFields: "Felder mit * sind Pflichtfelder.",
  linkInvalid: "Link nicht gültig",
  /** A day or an appointment with its times: "Freitag, 27.11.2026, 09:00–17:00 Uhr". */
  dateTimeRange: "{date}, {start}–{end} Uhr",
  heldUnconfirmed: "Reserviert, noch nicht bestätigt",
  lapsedUnconfirmed: "Verfallen (nicht bestätigt)",
  references: "Referenzen",
  referencesIntro: "Unter anderem mit Teams dieser Ämter und Stellen:",
  fromCustomerContact: "Aus dem Kundenkontakt",
  toCourse: "Zum Kurs",
  courses: "Kurse",
  fields: "Tätigkeitsfelder",
  calendarEntry: "Kalendereintrag herunterladen (.ics)",
  /** Confirming a held booking or call, and the second click before cancelling one. */
  confirming: "Wird bestätigt …",
  running: "Wird ausgeführt …",
  abort: "Abbrechen",
  /** Choosing a free time for a call. */
  slotPicker: {
    day: "Tag",
    dayHint: "Alle Zeiten in Schweizer Zeit.",
    freeTime: "freie Zeit",
    freeTimes: "freie Zeiten",
    time: "Uhrzeit",
    timeRange: "{start}–{end} Uhr",
  },
};
