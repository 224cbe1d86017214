// The catalogue. Where a text is the consultant's (content/consultant-text.de.txt), it stands here
// word for word, changed only as content/corrections.json lists (the seed-coverage test holds the
// public pages to this). Course structure (goals, modules, formats) is ours. Swiss Standard German:
// always "ss", never the sharp s. Keys (slugs) are stable: the seed upserts by them.
import type { Challenge, CourseFormat, OrganisationKind } from "@/lib/generated/prisma/enums";

export type SeedField = { slug: string; name: string; summary: string; body: string };

export const fields: SeedField[] = [
  {
    slug: "oeffentliche-verwaltung",
    name: "Öffentliche Verwaltung",
    summary:
      "Wieder ganz anders ist die Aufgabenstellung, in Abteilungen und Diensten der öffentlichen Verwaltung – und die ist besonders anspruchsvoll.",
    body: `## Was die öffentliche Verwaltung ihren Kunden bietet

Wieder ganz anders ist die Aufgabenstellung, in Abteilungen und Diensten der öffentlichen Verwaltung – und die ist besonders anspruchsvoll. Schon der Begriff «Kundin» und «Kunde» wirft Fragezeichen auf. Ist jemand, der kontrolliert wird, ob er die Mehrwertsteuerabrechnung korrekt gemacht hat, ein «Kunde»? Ist eine Frau, die ihr Auto in der Motorfahrzeugkontrolle prüfen lassen muss, eine «Kundin»? Ist jemand, der beim Betreibungsamt erscheinen muss, ein Kunde? Die Mitarbeitenden von staatlichen Einrichtungen haben es auch mit Leuten zu tun, die nicht freiwillig eine Leistung verlangen, also mit «Zwangskunden». Und die Mitarbeitenden können auch nicht einfach die Kundenwünsche erfüllen, sondern müssen für die Einhaltung der gesetzlichen Regeln sorgen. Sie haben – und das macht es sehr anspruchsvoll – oft ganz verschiedene «Hüte»: so beraten und unterstützen sie einerseits Bürgerinnen und Bürger und andererseits müssen sie diese kontrollieren. Sie erteilen Verfügungen und müssen Sanktionen verhängen. Und wenn dies im direkten Kontakt oft anspruchsvoll ist, tun sie es eben auch im Interesse der indirekten Kunden, nämlich der Gesamtheit der Bevölkerung. So wird dafür gesorgt, dass nicht Willkür herrscht, sondern Rechtssicherheit und alle gleichbehandelt werden.`,
  },
  {
    slug: "kundendienst",
    name: "Kundendienst und Kundenservice-Center",
    summary:
      "Im Kundendienst eines grösseren Betriebes, sind wieder andere Dinge entscheidend: dass man als Anruferin und Anrufer schnell eine kompetente Person erreicht, der einem weiterhelfen kann.",
    body: `## Worauf es bei einem Kundendienst ankommt...

Im Kundendienst eines grösseren Betriebes, sind wieder andere Dinge entscheidend: dass man als Anruferin und Anrufer schnell eine kompetente Person erreicht, der einem weiterhelfen kann. Dass man den Eindruck gewinnt, dass man das Anliegen ernstnimmt und sich engagiert darum kümmert. Wichtig ist her besonders, dass Mitarbeitende gelassen und souverän reagieren können, wenn Kundinnen und Kunden genervt sind und ihnen Vorwürfe machen. Das Kundenservice-Center macht dann einen guten Job, wenn es alles unternimmt, um Anliegen zu erfüllen und Probleme zu lösen und sich dann auch von sich aus proaktiv wieder meldet.`,
  },
  {
    slug: "kirchgemeinden",
    name: "Kirchen und Kirchgemeinden",
    summary:
      "Nochmals anders sehen sich Kirchen und Kirchgemeinden der Frage ausgesetzt, wie sie mit ihren «Kundinnen» und «Kunden» gut in Kontakt sein können.",
    body: `## Wie eine Kirchgemeinde auf Kunden eingeht...

Nochmals anders sehen sich Kirchen und Kirchgemeinden der Frage ausgesetzt, wie sie mit ihren «Kundinnen» und «Kunden» gut in Kontakt sein können. Auch hier ist der Begriff «Kundin» und «Kunde» gewöhnungsbedürftig. Man spricht eher von Kirchenmitgliedern oder vielleicht von Gläubigen. Aber haben die Mitglieder nicht auch Bedürfnisse und Anliegen, auf die von den Kirchgemeinden mit passenden Dienstleistungen eingegangen werden sollte? Viele Kirchgemeinden, die ich begleite und berate, haben das verstanden bieten ihren Mitgliedern, was ihnen wirklich dient. Das geschieht beispielsweise, wenn die Taufe eines Kindes ganz einfach online angemeldet werden kann und dann – wie gewünscht – am Ufer des Sees in der Nähe gefeiert wird.`,
  },
  {
    slug: "gewerbe",
    name: "Gewerbe und Dienstleistung",
    summary:
      "Die Kundenzufriedenheit einer Firma gegenüber hängt zuerst natürlich davon ab, wie gut der Auftrag, den man ihr erteilt hat, ausgeführt wird.",
    body: `## Wann ein Betrieb Kundenzufriedenheit erreicht...

Die Kundenzufriedenheit einer Firma gegenüber hängt zuerst natürlich davon ab, wie gut der Auftrag, den man ihr erteilt hat, ausgeführt wird. Bei einem Malergeschäft zählt z.B. die saubere und perfekt Ausführung des neuen Hausanstrichs und natürlich auch ob die Rechnung den vereinbarten Rahmen erfüllt. Aber Unternehmen können weiter gehen, sich überlegen, wie sie den Kundinnen und Kunden einen Extra-Nutzen bieten können. So kann sich das Malergeschäft beispielsweise besonders darum kümmern, alles jeweils ganz sauber wiederherzustellen – und wenn dann noch ein Töpfchen mit Ersatzfarbe übergeben wird, ist das eine tolle Geste.`,
  },
];

export type SeedGoal = {
  slug: string;
  title: string;
  description: string;
  challenges: Challenge[];
  fields: string[];
};

const allFields = fields.map((field) => field.slug);

export const goals: SeedGoal[] = [
  {
    slug: "anspruchsvolle-gespraeche-souveraen-fuehren",
    title: "Anspruchsvolle Kundengespräche – am Telefon oder direkt – souverän und gelassen führen",
    description:
      "Auch wenn das Gegenüber laut wird oder Vorwürfe macht, bleiben die Mitarbeitenden ruhig, klar und freundlich und behalten das Gespräch in der Hand.",
    challenges: ["ANGRY_CUSTOMERS", "UNFULFILLABLE_DEMANDS", "INVOLUNTARY_CUSTOMERS"],
    fields: allFields,
  },
  {
    slug: "basis-set-kommunikationswerkzeuge",
    title: "Ein Basis-Set von Kommunikationswerkzeugen kennen und situationsgerecht einsetzen",
    description:
      "Aktiv zuhören, positiv formulieren, negative Botschaften überbringen: Die Teilnehmenden wissen, welches Werkzeug in welcher Gesprächssituation weiterhilft.",
    challenges: ["NEGATIVE_DECISIONS", "UNFULFILLABLE_DEMANDS"],
    fields: allFields,
  },
  {
    slug: "gespraeche-gut-beenden",
    title: "Wissen, wie Gespräche gut beendet werden können",
    description:
      "Gespräche freundlich und bestimmt zu einem Abschluss bringen, auch wenn sich das Gegenüber im Kreis dreht oder nicht loslassen will.",
    challenges: ["ENDING_CONVERSATIONS", "PHONE_STRESS"],
    fields: allFields,
  },
  {
    slug: "stress-bewaeltigen-ressourcen-nutzen",
    title: "Stresssituationen gut bewältigen und eigene Ressourcen bewusst nutzen",
    description:
      "Die Teilnehmenden erkennen, was sie unter Druck setzt, und kennen Wege, um gelassen zu bleiben und sich nach belastenden Kontakten zu erholen.",
    challenges: ["PHONE_STRESS", "ANGRY_CUSTOMERS"],
    fields: allFields,
  },
];

export type SeedTheme = {
  slug: string;
  title: string;
  description: string;
  modules: {
    slug: string;
    title: string;
    description: string;
    minutes: number;
    challenges: Challenge[];
    fields: string[];
  }[];
};

export const themes: SeedTheme[] = [
  {
    slug: "rollen-im-kundenkontakt",
    title: "Unterschiedliche Rollen im Kundenkontakt",
    description:
      "Wer berät, kontrolliert, entscheidet und sanktioniert, wechselt im Kundenkontakt oft die Rolle. Wir klären die Rollen und wie man sie dem Gegenüber gegenüber transparent macht.",
    modules: [
      {
        slug: "rolle-beraten",
        title: "Beraten und unterstützen",
        description:
          "Was Kundinnen und Kunden von einer guten Beratung erwarten, und wie man auch im Amt hilfreich informiert, ohne mehr zu versprechen, als man halten kann.",
        minutes: 60,
        challenges: ["UNFULFILLABLE_DEMANDS"],
        fields: allFields,
      },
      {
        slug: "rolle-kontrollieren",
        title: "Kontrollieren",
        description:
          "Prüfen, ohne zu misstrauen: wie eine Kontrolle angekündigt, erklärt und respektvoll durchgeführt wird.",
        minutes: 60,
        challenges: ["INVOLUNTARY_CUSTOMERS"],
        fields: ["oeffentliche-verwaltung"],
      },
      {
        slug: "rolle-entscheid-uebermitteln",
        title: "Entscheide übermitteln",
        description:
          "Einen Entscheid klar, verständlich und mit seiner Begründung mitteilen, auch wenn er für das Gegenüber enttäuschend ist.",
        minutes: 75,
        challenges: ["NEGATIVE_DECISIONS"],
        fields: ["oeffentliche-verwaltung", "kundendienst"],
      },
      {
        slug: "rolle-sanktionen-aussprechen",
        title: "Sanktionen aussprechen",
        description:
          "Wenn Regeln durchgesetzt werden müssen: wie eine Sanktion sachlich und respektvoll ausgesprochen wird, im Interesse der Gleichbehandlung aller.",
        minutes: 75,
        challenges: ["NEGATIVE_DECISIONS", "INVOLUNTARY_CUSTOMERS", "ANGRY_CUSTOMERS"],
        fields: ["oeffentliche-verwaltung"],
      },
    ],
  },
  {
    slug: "telefon-kommunikation",
    title: "Basics der professionellen Telefon-Kommunikation",
    description:
      "Am Telefon fehlen Blickkontakt und Körpersprache. Umso mehr zählen Stimme und Worte, vom ersten Satz bis zur Verabschiedung.",
    modules: [
      {
        slug: "telefon-stimme",
        title: "Die Stimme am Telefon",
        description: "Tempo, Tonlage und Pausen: wie die Stimme Ruhe und Kompetenz vermittelt, auch bei Hochbetrieb.",
        minutes: 60,
        challenges: ["PHONE_STRESS"],
        fields: allFields,
      },
      {
        slug: "telefon-formulierungen",
        title: "Formulierungen am Telefon",
        description:
          "Begrüssung, Nachfragen, Weiterverbinden, Rückruf vereinbaren: Formulierungen, die verbindlich und freundlich klingen.",
        minutes: 60,
        challenges: ["PHONE_STRESS", "ENDING_CONVERSATIONS"],
        fields: allFields,
      },
    ],
  },
  {
    slug: "praesenz-und-embodiment",
    title: "Die eigene Präsenz stärken: Haltung und Mimik (Embodiment)",
    description:
      "Wie wir stehen, sitzen und schauen, wirkt auf unser Gegenüber und auf uns selbst. Embodiment nutzt diese Wechselwirkung für mehr Gelassenheit.",
    modules: [
      {
        slug: "praesenz-haltung",
        title: "Präsenz durch Haltung",
        description:
          "Einfache Übungen für eine aufrechte, ruhige Haltung, die Sicherheit ausstrahlt und innerlich stärkt.",
        minutes: 45,
        challenges: ["ANGRY_CUSTOMERS", "PHONE_STRESS"],
        fields: allFields,
      },
      {
        slug: "praesenz-mimik",
        title: "Präsenz durch Mimik",
        description:
          "Was das Gesicht verrät, und wie eine offene, zugewandte Mimik auch angespannte Gespräche entschärft, sogar am Telefon hörbar.",
        minutes: 45,
        challenges: ["ANGRY_CUSTOMERS"],
        fields: allFields,
      },
    ],
  },
  {
    slug: "kommunikations-werkzeuge",
    title: "Kommunikations-Werkzeuge",
    description:
      "Ein handliches Set von Werkzeugen für den Alltag am Schalter und am Telefon, geübt an Situationen aus dem eigenen Arbeitsbereich.",
    modules: [
      {
        slug: "aktiv-zuhoeren",
        title: "Aktiv zuhören",
        description:
          "Zuhören, nachfragen, zusammenfassen: Das Gegenüber fühlt sich verstanden, und man erfährt, worum es wirklich geht.",
        minutes: 60,
        challenges: ["ANGRY_CUSTOMERS", "UNFULFILLABLE_DEMANDS"],
        fields: allFields,
      },
      {
        slug: "positive-formulierungen",
        title: "Positive Formulierungen",
        description:
          "Sagen, was möglich ist, statt was nicht geht: wie positive Formulierungen Widerstand abbauen und Lösungen öffnen.",
        minutes: 45,
        challenges: ["UNFULFILLABLE_DEMANDS", "NEGATIVE_DECISIONS"],
        fields: allFields,
      },
      {
        slug: "gespraech-beenden",
        title: "Gespräche beenden",
        description:
          "Signale setzen, zusammenfassen, verabschieden: ein Gespräch freundlich und bestimmt zu einem guten Ende führen.",
        minutes: 45,
        challenges: ["ENDING_CONVERSATIONS"],
        fields: allFields,
      },
      {
        slug: "negative-botschaften-kommunizieren",
        title: "Negative Botschaften kommunizieren",
        description:
          "Absagen, Ablehnungen und unangenehme Nachrichten so überbringen, dass sie klar ankommen und die Beziehung tragfähig bleibt.",
        minutes: 75,
        challenges: ["NEGATIVE_DECISIONS", "INVOLUNTARY_CUSTOMERS"],
        fields: allFields,
      },
    ],
  },
  {
    slug: "schwierige-situationen",
    title: "Umgang mit schwierigen Situationen",
    description:
      "Vorwürfe, unerfüllbare Forderungen, aufgebrachte Menschen: Strategien, um ruhig zu bleiben und das Gespräch wieder auf das Anliegen zu lenken.",
    modules: [
      {
        slug: "argumentations-aikido",
        title: "Argumentations-Aikido",
        description:
          "Angriffe nicht abwehren, sondern umlenken: Mit der Energie des Gegenübers arbeiten, statt gegen sie.",
        minutes: 90,
        challenges: ["ANGRY_CUSTOMERS", "UNFULFILLABLE_DEMANDS"],
        fields: allFields,
      },
      {
        slug: "meta-ebene",
        title: "Die Meta-Ebene",
        description:
          "Wenn sich ein Gespräch festfährt: einen Schritt zurücktreten und über das Gespräch selbst sprechen.",
        minutes: 60,
        challenges: ["ANGRY_CUSTOMERS", "ENDING_CONVERSATIONS"],
        fields: allFields,
      },
      {
        slug: "fokus-auf-anliegen",
        title: "Fokus auf das Anliegen",
        description:
          "Hinter jedem Vorwurf steckt ein Anliegen. Wer es erkennt und anspricht, findet auch in verfahrenen Situationen einen Weg.",
        minutes: 60,
        challenges: ["ANGRY_CUSTOMERS", "UNFULFILLABLE_DEMANDS", "INVOLUNTARY_CUSTOMERS"],
        fields: allFields,
      },
    ],
  },
];

// "Beispiel Kursangebot Öffentliche Verwaltung": where the consultant placed the quote he attributes
// to Gandhi, his experience with public administrations, example goals and possible contents.
const publicAdministrationOffer = `## Beispiel Kursangebot Öffentliche Verwaltung

> Ein Kunde ist der wichtigste Besucher in unserem Hause.
> Er ist nicht von uns abhängig. Wir sind von ihm abhängig. Er unterbricht unsere Arbeit nicht, sondern er ist Ziel und Zweck unserer Arbeit. Er ist bei unseren Aufgaben kein Aussenstehender. Er ist Teil davon. Wir tun ihm keinen Gefallen, indem wir uns um ihn kümmern. Er tut uns einen Gefallen, indem er uns die Möglichkeit dazu bietet.
> — Mahatma Gandhi

Ich habe während der letzten Jahre viele Projekte und Workshops durchgeführt, in denen es darum ging, in öffentlichen Verwaltungen die Kontakte mit Kunden besser zu gestalten.

Ich habe z.B. mit Teams aus der Abteilung Mehrwertsteuer, dem Bundesamt für Zivilluftfahrt, der Eidgenössischen Alkoholverwaltung, dem Bundesamt für Landwirtschaft und dem Bundessicherheitsdienst, aber auch mit kantonalen Stellen, wie Strassenverkehrsämtern, Unibibliotheken oder Betreibungsämtern intensiv daran gearbeitet, wie sie ihre Kommunikationskompetenz weiterentwickeln und auch schwierige Kundenkontakte optimal bewältigen können.

Ich bin beeindruckt, wie viele Mitarbeitende ich angetroffen habe, die sich mit grossem Einsatz und viel Energie darum bemühen den Kundinnen und Kunden einen guten Dienst zu leisten.

## Beispiel von Kurszielen

Die Kurse, die ich durchführe, werden allen massgeschneidert gestaltet und auf die besonderen Herausforderungen des jeweiligen Arbeitsbereichs abgestimmt. Im einem Kurs sollen beispielsweise folgende Kompetenzen gestärkt werden:

- Anspruchsvolle Kundengespräche – am Telefon oder direkt – souverän und gelassen führen können;
- Ein Basis-Set von Kommunikationswerkzeugen zur Verfügung haben und in unterschiedlichen Gesprächssituationen das passende Werkzeug einsetzen können;
- Wissen, wie Gespräche gut beendet werden können;
- Stresssituationen gut bewältigen und eigene Ressourcen bewusst nutzen.

## Mögliche Inhalte und Themen

- Unterschiedliche Rollen in Kundenkontakt (beraten, kontrollieren, Entscheid übermitteln, Sanktionen aussprechen etc.)
- Basics der professionellen Telefon-Kommunikation (Stimme, Formulierungen...)
- Die Stärkung der eigene Präsenz durch Haltung und Mimik (Embodiment)
- Kommunikations-Werkzeuge (Aktiv zuhören, positive Formulierungen, Gespräch beenden, negative Botschaften kommunizieren...)
- Umgang mit schwierigen Situationen, z.B. Vorwürfe oder unerfüllbare Forderungen (Argumentations-Aikido, Meta-Ebene, Fokus auf Anliegen...)`;

export type SeedCourse = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  audience: string;
  formats: CourseFormat[];
  durationNote: string;
  minParticipants: number;
  maxParticipants: number;
  priceNote: string;
  priceFromCents: number | null;
  featured: boolean;
  fields: string[];
  goals: string[];
  /** Module slugs with the day of the typical agenda they belong to. */
  modules: { slug: string; day: number; minutes?: number }[];
  story: string;
};

export const courses: SeedCourse[] = [
  {
    slug: "kundenkontakt-oeffentliche-verwaltung",
    title: "Souverän im Kundenkontakt der öffentlichen Verwaltung",
    summary:
      "Beraten, kontrollieren, entscheiden, sanktionieren: Zwei Tage für Teams, die mit Zwangskunden arbeiten und dabei respektvoll und klar bleiben wollen.",
    body: publicAdministrationOffer,
    audience:
      "Teams in Bundesämtern sowie kantonalen und kommunalen Verwaltungen mit direktem Kundenkontakt, etwa Strassenverkehrs- und Betreibungsämter",
    formats: ["TWO_DAYS", "SERIES"],
    durationNote: "2 Tage, auch als Reihe von 4 Halbtagen",
    minParticipants: 6,
    maxParticipants: 14,
    // He names no price: the page says "Preis nach Offerte".
    priceNote: "",
    priceFromCents: null,
    featured: true,
    fields: ["oeffentliche-verwaltung"],
    goals: [
      "anspruchsvolle-gespraeche-souveraen-fuehren",
      "basis-set-kommunikationswerkzeuge",
      "gespraeche-gut-beenden",
      "stress-bewaeltigen-ressourcen-nutzen",
    ],
    modules: [
      { slug: "rolle-beraten", day: 1 },
      { slug: "rolle-kontrollieren", day: 1 },
      { slug: "rolle-entscheid-uebermitteln", day: 1 },
      { slug: "aktiv-zuhoeren", day: 1 },
      { slug: "rolle-sanktionen-aussprechen", day: 2 },
      { slug: "negative-botschaften-kommunizieren", day: 2 },
      { slug: "argumentations-aikido", day: 2 },
      { slug: "gespraech-beenden", day: 2 },
    ],
    story: "kantonales-passamt",
  },
  {
    slug: "professionell-telefonieren",
    title: "Professionell und gelassen am Telefon",
    summary:
      "Stimme, Formulierungen und Werkzeuge für Telefonate, die Vertrauen schaffen, auch wenn es hektisch wird oder das Gegenüber verärgert ist.",
    body: "Am Telefon entscheidet sich in wenigen Sekunden, ob sich jemand ernst genommen fühlt. Wir arbeiten an Stimme und Formulierungen, üben aktives Zuhören und lernen, Gespräche freundlich und bestimmt zu beenden. Der Kurs eignet sich besonders, wenn neue Abläufe oder eine neue Software eingeführt werden und das Telefon häufiger klingelt.",
    audience:
      "Mitarbeitende in Kundendiensten, Kundenservice-Centern, Verwaltungen und Kirchgemeinden, die viel telefonieren",
    formats: ["ONE_DAY", "HALF_DAY"],
    durationNote: "1 Tag, als Kurzformat ein Halbtag",
    minParticipants: 5,
    maxParticipants: 12,
    // He names no price: the page says "Preis nach Offerte".
    priceNote: "",
    priceFromCents: null,
    featured: true,
    fields: ["kundendienst", "oeffentliche-verwaltung", "kirchgemeinden"],
    goals: [
      "anspruchsvolle-gespraeche-souveraen-fuehren",
      "basis-set-kommunikationswerkzeuge",
      "gespraeche-gut-beenden",
    ],
    modules: [
      { slug: "telefon-stimme", day: 1 },
      { slug: "telefon-formulierungen", day: 1 },
      { slug: "aktiv-zuhoeren", day: 1 },
      { slug: "positive-formulierungen", day: 1 },
      { slug: "fokus-auf-anliegen", day: 1 },
      { slug: "gespraech-beenden", day: 1 },
    ],
    story: "kundenservice-center",
  },
  {
    slug: "schwierige-situationen-gelassen-meistern",
    title: "Schwierige Kundensituationen gelassen meistern",
    summary:
      "Vorwürfe, unerfüllbare Forderungen, Stress: Ein Tag, um ruhig zu bleiben, das Anliegen hinter dem Ärger zu erkennen und die eigenen Kräfte zu schonen.",
    body: "Dieser Kurs verbindet Haltung und Werkzeuge. Mit Übungen aus dem Embodiment stärken die Teilnehmenden ihre Präsenz; mit Argumentations-Aikido und der Meta-Ebene lernen sie, festgefahrene Gespräche zu lösen. Dazu gehört der bewusste Umgang mit Stress, damit belastende Kontakte nicht nachhallen.",
    audience: "Alle, die im Kundenkontakt regelmässig mit Ärger, Vorwürfen oder hohen Erwartungen umgehen",
    formats: ["ONE_DAY", "HALF_DAY"],
    durationNote: "1 Tag oder 2 Halbtage",
    minParticipants: 6,
    maxParticipants: 14,
    // He names no price: the page says "Preis nach Offerte".
    priceNote: "",
    priceFromCents: null,
    featured: true,
    fields: ["oeffentliche-verwaltung", "kundendienst", "kirchgemeinden", "gewerbe"],
    goals: ["anspruchsvolle-gespraeche-souveraen-fuehren", "stress-bewaeltigen-ressourcen-nutzen"],
    modules: [
      { slug: "praesenz-haltung", day: 1 },
      { slug: "praesenz-mimik", day: 1 },
      { slug: "argumentations-aikido", day: 1 },
      { slug: "meta-ebene", day: 1 },
      { slug: "fokus-auf-anliegen", day: 1 },
    ],
    story: "testcenter-spital",
  },
];

export type SeedStory = {
  slug: string;
  title: string;
  setting: string;
  summary: string;
  body: string;
  lesson: string;
  field: string;
};

// The consultant's stories as he wrote them: his heading is the title (and the setting), the
// summary is his first sentence.
export const stories: SeedStory[] = [
  {
    slug: "kantonales-passamt",
    title: "Auf einem kantonalen Passamt",
    setting: "Auf einem kantonalen Passamt",
    summary: "Eine Mutter hat einen Termin vereinbart, um für sich und ihr Kind einen Pass machen zu lassen.",
    body: "Eine Mutter hat einen Termin vereinbart, um für sich und ihr Kind einen Pass machen zu lassen. Im Vorfeld ist sie darauf aufmerksam gemacht worden, dass sie die schriftliche Bestätigung des Vaters des Kindes mitbringen müsse, dass er einverstanden sei, dass für das Kind ein Pass gemacht werde. Die Mutter kommt mit ihrem Kind, hat aber keine solche Bestätigung dabei. «Wir sind getrennt – ich will mit dem Typen nicht mehr reden», meint sie. Der Mitarbeiter des Passamtes sagt ihr, dass er den Pass nur ausstellen könne, wenn die Bestätigung vorliege. Das bringt die Frau auf die Palme und sie regt sich auf, dass der Mitarbeiter so stur sei und kein Verständnis habe. Und sie brauche jetzt den Pass, weil sie in die Ferien wolle. Der Mitarbeiter bleibt ruhig – und versucht der Frau zu erklären, weshalb es die Bestätigung von beiden Elternteilen brauche. Sie möchte ja auch nicht, dass der Vater das Kind ohne ihr Wissen ausser Landes bringen könne. Die Frau zieht erbost ab. Der Mitarbeiter hat sein Bestes gegeben. Einmal mehr wird er sich bewusst, dass er nicht einfach die Kundenwünsche erfüllen kann, sondern für die Einhaltung von Regeln verantwortlich ist – im Sinn des Ganzen...",
    lesson: "",
    field: "oeffentliche-verwaltung",
  },
  {
    slug: "kundenservice-center",
    title: "Im Kundenservice-Center",
    setting: "Im Kundenservice-Center",
    summary:
      "In den vergangenen Wochen hatten beim Kundendienst Klagen und Beschwerden von Kundinnen und Kunden gehäuft.",
    body: "In den vergangenen Wochen hatten beim Kundendienst Klagen und Beschwerden von Kundinnen und Kunden gehäuft. Anfragen waren untergegangen, Lieferungen falsch versandt worden und zum Teil war der Kundendienst gar nicht mehr erreichbar gewesen. Das ist das Signal für die Verantwortlichen, schnellstens etwas zu unternehmen. Aber sie machen es nicht auf die übliche Art mit Appellen an die Mitarbeitenden, dass sie bessere Leistungen abliefern sollten, nicht mit mehr Kontrollen und Druck. Sie nehmen die Mitarbeitenden zusammen und starten einen gemeinsamen Verbesserungsprozess. Es gibt keine Verbote, was man ansprechen und kritisieren darf und es sind auch verrückte Ideen gefragt, damit das Ganze besser wird. Es werden auch Kunden eingeladen, ihre Erfahrungen und ihre Erwartungen zu nennen. Der Prozess ist anspruchsvoll, aber er gelingt – die Abläufe im Kundenservice-Center werden schnell und zuverlässig. Und ausserdem ist ein toller Teamspirit entstanden...",
    lesson: "",
    field: "kundendienst",
  },
  {
    slug: "testcenter-spital",
    title: "Testcenter Spital und Contact Tracing",
    setting: "Testcenter Spital und Contact Tracing",
    summary: "Am Abend des 7. Tages seiner Corona-Quarantäne hat sich ein Mann testen lassen.",
    body: "Am Abend des 7. Tages seiner Corona-Quarantäne hat sich ein Mann testen lassen. Er weiss, wenn der Test negativ ausfällt, dann kann er die Quarantäne früher beenden. Es war kein Schnelltest – und so ist er dann ganz verblüfft, als er noch um 22 Uhr ein SMS erhält, dass der Test negativ sei. Das ist schon mal eine grosse Erleichterung für ihn. Am nächsten Morgen fragt er dann nach, wann er die schriftliche Bestätigung erwarten könne – diese ist die Voraussetzung dafür, dass das Contact Tracing die Quarantäne-Aufhebung verfügen kann. Die Mitarbeiterin der Infektiologie-Abteilung des Spitals macht ihm klar, dass die offizielle Bestätigung noch länger dauert – sie bietet ihm aber an, ihm jetzt schon den Laborbericht zu mailen – natürlich erst nachdem sie durch ein Bestätigungsmail abgeklärt hat, dass der Mann berechtigt ist, den Bericht zu erhalten. Und so kann der Mann dann den Laborbericht ans Contact Tracing senden. Und von dort erhält er schon nach wenigen Minuten die Bestätigung, dass er aus der Quarantäne entlassen ist. Ein tolles Beispiel dafür, wie Mitarbeitende erfassen, was einer Kundin, einem Kunden wirklich dient – und entsprechend handeln...",
    lesson: "",
    field: "oeffentliche-verwaltung",
  },
];

// As he wrote it: the quote, "C.M., Amt in der Bundesverwaltung", no role. It speaks about the
// course on telephoning with customers, so it belongs to that course only.
export const testimonials = [
  {
    key: "cm-bundesverwaltung",
    quote:
      "Wir haben den Kurs mit Dir, Markus, wie wir mit Kunden gut telefonieren können, im Blick auf die Einführung einer neuen Software gemacht. Als Resümee kann ich Dir mitteilen, dass nach anfänglicher Skepsis nur noch das Positive überwiegt. Alle haben vom Kurs profitiert, den Du sehr abwechslungsreich gestaltet hast. Die Werkzeuge und Techniken, die Du uns vermittelt hast, werden genutzt und helfen uns. Wir sind froh darüber, wie Du den Kurs auf unsere Bedürfnisse zugeschnitten hast.",
    authorName: "C.M.",
    authorRole: "",
    organisation: "Amt in der Bundesverwaltung",
    field: "oeffentliche-verwaltung",
    courses: ["professionell-telefonieren"],
  },
];

// The offices as he names them ("mit Teams aus der Abteilung Mehrwertsteuer, dem Bundesamt für
// Zivilluftfahrt, ... aber auch mit kantonalen Stellen, wie ..."), without descriptions of the work.
export const referenceClients: { name: string; kind: OrganisationKind; description: string }[] = [
  { name: "Abteilung Mehrwertsteuer", kind: "FEDERAL_OFFICE", description: "" },
  { name: "Bundesamt für Zivilluftfahrt", kind: "FEDERAL_OFFICE", description: "" },
  { name: "Eidgenössische Alkoholverwaltung", kind: "FEDERAL_OFFICE", description: "" },
  { name: "Bundesamt für Landwirtschaft", kind: "FEDERAL_OFFICE", description: "" },
  { name: "Bundessicherheitsdienst", kind: "FEDERAL_OFFICE", description: "" },
  { name: "Strassenverkehrsämter", kind: "CANTONAL_OFFICE", description: "" },
  { name: "Unibibliotheken", kind: "CANTONAL_OFFICE", description: "" },
  { name: "Betreibungsämter", kind: "CANTONAL_OFFICE", description: "" },
];
