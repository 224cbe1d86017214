// Editable pages. The leadership, about and contact texts are the consultant's own words (see
// prisma/seed/catalogue.ts and content/corrections.json). Bodies use the plain-text format of components/content/rich-text.tsx:
// blank lines separate paragraphs, "## " starts a heading, "- " starts a list item.
// No address in any body: the contact, imprint and privacy pages show the business profile
// (lib/business-profile), which production leaves empty until the consultant fills it in.

export const pages = [
  {
    slug: "fuehrungskultur",
    title: "Führungskultur",
    lead: "Führung findet immer in Beziehungen statt und Beziehungen werden von allen Beteiligten gemeinsam gestaltet.",
    body: `Eine Führungsausbildung, die nur bei den Vorgesetzten ansetzt, greift daher meist zu kurz. Wir unterstützen Sie bei der nachhaltigen Verbesserung der Führungskultur mit gut abgestimmten Massnahmen auf individueller und teambezogener Ebene.

Als Ergebnisse sind Führungsgrundsätze und Verhaltensregeln formuliert, die von allen Beteiligten mitgetragen und gelebt werden. Persönliche und gemeinsame Entwicklungsziele sowie entsprechende Massnahmen zu ihrer Erreichung fördern die gewünschten Veränderungen im Führungsalltag.`,
  },
  {
    slug: "ueber-mich",
    title: "Über mich",
    lead: "Ich habe während der letzten Jahre viele Projekte und Workshops durchgeführt, in denen es darum ging, in öffentlichen Verwaltungen die Kontakte mit Kunden besser zu gestalten.",
    body: `Ich habe z.B. mit Teams aus der Abteilung Mehrwertsteuer, dem Bundesamt für Zivilluftfahrt, der Eidgenössischen Alkoholverwaltung, dem Bundesamt für Landwirtschaft und dem Bundessicherheitsdienst, aber auch mit kantonalen Stellen, wie Strassenverkehrsämtern, Unibibliotheken oder Betreibungsämtern intensiv daran gearbeitet, wie sie ihre Kommunikationskompetenz weiterentwickeln und auch schwierige Kundenkontakte optimal bewältigen können.

Ich bin beeindruckt, wie viele Mitarbeitende ich angetroffen habe, die sich mit grossem Einsatz und viel Energie darum bemühen den Kundinnen und Kunden einen guten Dienst zu leisten.

Die Kurse, die ich durchführe, werden allen massgeschneidert gestaltet und auf die besonderen Herausforderungen des jeweiligen Arbeitsbereichs abgestimmt.`,
  },
  {
    slug: "kontakt",
    title: "Kontakt",
    lead: "Möchten Sie sich mit dem Ziel Kundenorientierung näher befassen?",
    body: `Lassen Sie uns darüber sprechen, was Sie erreichen möchten und was wir gemeinsam bewirken wollen. Kontaktieren Sie mich für ein unverbindliches Gespräch.

Am einfachsten ist eine Kursanfrage über das Formular: Sie beschreiben Ihr Team und seine Herausforderungen. Gerne können Sie auch direkt ein unverbindliches Erstgespräch buchen.`,
  },
  {
    slug: "impressum",
    title: "Impressum",
    lead: "Verantwortlich für den Inhalt dieser Website.",
    body: `## Haftung
Die Inhalte dieser Website wurden sorgfältig erstellt. Für Richtigkeit, Vollständigkeit und Aktualität wird keine Gewähr übernommen. Für Inhalte verlinkter Websites sind ausschliesslich deren Betreiber verantwortlich.

## Urheberrecht
Texte und Bilder dieser Website gehören dem Anbieter, soweit nicht anders angegeben. Jede Verwendung ausserhalb dieser Website bedarf seiner Zustimmung.`,
  },
  {
    slug: "datenschutz",
    title: "Datenschutzerklärung",
    lead: "Wie ich mit Ihren Personendaten umgehe, nach dem revidierten Schweizer Datenschutzgesetz (DSG).",
    body: `## Welche Daten ich bearbeite
- Kursanfragen: Organisation, Abteilung, Kontaktperson, E-Mail, Telefon, Angaben zu Team und Kurswunsch, Ihre Nachricht
- Buchungen von Kursplätzen: Namen und E-Mail-Adressen der Teilnehmenden, Organisation, Rechnungsreferenz
- Anmeldungen des Teams zu einem Firmenkurs (über den Anmeldelink, die Liste im Kundenportal oder durch mich erfasst): Anrede, Name, E-Mail-Adresse und Funktion der Teilnehmenden sowie ihre freiwilligen Antworten zu einer typischen schwierigen Situation aus ihrer Arbeit und zu dem, was sie aus dem Kurs mitnehmen möchten
- Erstgespräche: Name, Organisation, E-Mail, Telefon, Thema und Zeitpunkt
- E-Mails, die im Zusammenhang damit versandt werden

## Wozu
Ausschliesslich, um Ihre Anfrage zu beantworten, einen Kurs zu planen und durchzuführen, Termine zu verwalten und Sie darüber zu informieren. Es gibt kein Tracking, keine Werbung und keine Weitergabe an Dritte zu Marketingzwecken.

## Wie lange
- Kursanfragen: 24 Monate nach der letzten Bearbeitung (zum Beispiel dem Abschluss des Kurses)
- Buchungen von Kursplätzen mit den Namen der Teilnehmenden: 24 Monate nach dem Kurstermin
- Anmeldungen des Teams zu einem Firmenkurs mit den Antworten der Teilnehmenden: so lange wie die Kursanfrage, zu der sie gehören (24 Monate nach deren letzter Bearbeitung)
- Erstgespräche: 12 Monate nach dem Gespräch
- E-Mails zu einer Anfrage, Buchung oder einem Gespräch: so lange wie diese

Danach werden Namen, E-Mail-Adressen, Telefonnummern und Nachrichten automatisch anonymisiert; übrig bleiben nur Angaben ohne Personenbezug (etwa, wie viele Plätze ein Kurs hatte). Gesetzliche Aufbewahrungspflichten für Rechnungen (10 Jahre) bleiben vorbehalten. Protokolle des Betriebs enthalten keine Personendaten.

## Wer sie erhält
Zugriff haben nur ich und die Dienstleister, die diese Website in meinem Auftrag betreiben; sie dürfen die Daten nur für diesen Zweck bearbeiten. Wo die Website betrieben wird, steht unten unter «Hosting». Bei Anmeldungen des Teams zu einem Firmenkurs sieht zudem die Kontaktperson Ihrer Organisation im Kundenportal die Namen und Funktionen der Angemeldeten, nicht aber ihre E-Mail-Adressen und Antworten, die nur ich sehe.

## Cookies und Protokolle
Die öffentlichen Seiten setzen keine Cookies und verwenden keine Analyse- oder Werbedienste. Beim Absenden von Formularen wird kurzzeitig festgehalten, wie oft von einer Adresse aus gesendet wurde, um Missbrauch zu verhindern (nur als nicht rückführbarer Prüfwert, nie die Adresse selbst); Protokolle des Betriebs dienen nur dazu, Störungen zu erkennen, enthalten keine Namen oder E-Mail-Adressen und werden nach kurzer Zeit gelöscht.

## Ihre Rechte
Sie können jederzeit Auskunft über Ihre Daten verlangen (Sie erhalten alle gespeicherten Angaben zu Ihrer E-Mail-Adresse als Datei), sie berichtigen oder löschen lassen. Schreiben Sie dazu an die oben genannte Adresse. Sie haben zudem das Recht, sich beim Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) zu beschweren.

## Datensicherheit
Die Verbindung zu dieser Website ist verschlüsselt. Der Zugang zu den gespeicherten Daten ist auf die Personen beschränkt, die sie für die genannten Zwecke benötigen.`,
  },
];
