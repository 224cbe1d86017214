// What the content components say around the consultant's content (call to action, open dates,
// story teasers, a module's courses): several public pages show them, and pass these as props.

export const content = {
  callToAction: {
    inquire: "Kurs anfragen",
    bookCall: "Unverbindliches Erstgespräch buchen",
  },
  sessionList: {
    deadline: "Anmeldeschluss: {date}",
    waitlist: "Auf die Warteliste",
    book: "Platz buchen",
    /** Screen readers hear which date a button books. */
    bookOn: " am {period}",
  },
  /** A public course run of several days, one booking for all of them (decision 0037). */
  courseRun: {
    summary: "{count} Kurstage, eine Buchung für alle Tage:",
    day: "Kurstag {number}: {period}",
    days: "Kurstage",
    oneBooking: "Eine Buchung gilt für alle Tage.",
    dayWithTime: "{line} Uhr",
  },
  storyTeaser: {
    readAll: "Ganze Geschichte lesen",
    /** Screen readers hear which story. */
    story: " «{title}»",
  },
  courseCard: {
    audience: "Für: ",
    duration: "Dauer: ",
    goals: "Kursziele",
  },
  agenda: {
    day: "Tag {number}",
    courseDay: "Kurstag",
    time: "Zeit",
    content: "Inhalt",
  },
  businessContact: {
    email: "E-Mail",
    phone: "Telefon",
    website: "Website",
    uid: "UID",
  },
  moduleCourses: {
    tailored: "Wird in massgeschneiderten Kursen eingesetzt.",
    containedIn: "Enthalten in:",
  },
};
