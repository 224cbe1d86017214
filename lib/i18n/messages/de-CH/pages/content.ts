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
