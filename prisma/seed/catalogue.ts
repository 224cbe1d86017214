// Demo content, retold from the consultant's website text (shared/content). Swiss Standard German:
// always "ss", never the sharp s. Keys (slugs) are stable: the seed upserts by them.
import type { Challenge, CourseFormat, OrganisationKind } from "@/lib/generated/prisma/enums";

export type SeedField = { slug: string; name: string; summary: string; body: string };

export const fields: SeedField[] = [
  {
    slug: "oeffentliche-verwaltung",
    name: "Öffentliche Verwaltung",
    summary:
      "Beraten, kontrollieren, entscheiden und sanktionieren – oft im selben Gespräch und häufig mit Menschen, die nicht freiwillig gekommen sind.",
    body: "Wer in einem Amt arbeitet, trägt mehrere Hüte. Mitarbeitende beraten und unterstützen Bürgerinnen und Bürger, und zugleich prüfen sie, ob Regeln eingehalten werden, erlassen Verfügungen und sprechen Sanktionen aus. Viele ihrer «Kundinnen» und «Kunden» sind Zwangskunden: Die Person, deren Mehrwertsteuerabrechnung geprüft wird, die ihr Auto bei der Motorfahrzeugkontrolle vorführen muss oder beim Betreibungsamt vorgeladen ist, hat sich diesen Kontakt nicht ausgesucht.\n\nKundenorientierung heisst hier nicht, jeden Wunsch zu erfüllen. Es heisst, Menschen respektvoll zu begegnen, Entscheide verständlich zu erklären und dabei im Interesse der ganzen Bevölkerung für Rechtssicherheit und Gleichbehandlung zu sorgen.",
  },
  {
    slug: "kundendienst",
    name: "Kundendienst und Kundenservice-Center",
    summary:
      "Schnell eine kompetente Person erreichen, ernst genommen werden und gelassene Antworten erhalten, auch wenn der Ärger gross ist.",
    body: "Im Kundendienst eines grösseren Betriebs entscheidet der erste Kontakt: Wer anruft, möchte rasch jemanden erreichen, der weiterhilft, und spüren, dass das Anliegen ernst genommen wird. Besonders gefordert sind Mitarbeitende, wenn Kundinnen und Kunden verärgert sind und Vorwürfe erheben.\n\nEin Kundenservice-Center macht dann einen guten Job, wenn es alles unternimmt, um Anliegen zu erfüllen und Probleme zu lösen, und sich von sich aus wieder meldet.",
  },
  {
    slug: "kirchgemeinden",
    name: "Kirchen und Kirchgemeinden",
    summary:
      "Auch Kirchenmitglieder haben Anliegen und Bedürfnisse. Kirchgemeinden, die darauf eingehen, bieten Dienstleistungen, die wirklich dienen.",
    body: "In Kirchgemeinden spricht man eher von Mitgliedern als von Kundinnen und Kunden. Und doch haben Mitglieder Bedürfnisse, auf die eine Kirchgemeinde mit passenden Angeboten eingehen kann: etwa wenn sich eine Taufe ganz einfach online anmelden lässt und dann, wie gewünscht, am Seeufer gefeiert wird.\n\nViele Kirchgemeinden, die ich begleite, haben dies verstanden und gestalten ihre Kontakte bewusst und einladend.",
  },
  {
    slug: "gewerbe",
    name: "Gewerbe und Dienstleistung",
    summary:
      "Zufriedene Kundschaft beginnt mit einem sauber erledigten Auftrag, und wächst mit dem Extra, das niemand erwartet hat.",
    body: "Die Zufriedenheit mit einem Betrieb hängt zuerst davon ab, wie gut ein Auftrag ausgeführt wird. Beim Malergeschäft zählt der saubere, perfekte Anstrich und eine Rechnung im vereinbarten Rahmen. Wer weiter denkt, überlegt sich, welchen Zusatznutzen er bieten kann: alles nach der Arbeit sorgfältig wiederherstellen und zum Abschluss ein Töpfchen Ersatzfarbe überreichen.",
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
  priceFromCents: number;
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
    body: "Mitarbeitende in Ämtern tragen im Kundenkontakt oft mehrere Hüte zugleich. In diesem Kurs klären wir die Rollen, üben das Übermitteln von Entscheiden und Sanktionen und trainieren Werkzeuge für Gespräche, die schwierig werden. Gearbeitet wird mit Situationen aus dem Alltag des Teams, in Rollenspielen und kurzen Inputs.\n\nDer Kurs wird für jedes Team massgeschneidert: Ziele, Inhalte und Übungen richten sich nach dem Arbeitsbereich und seinen besonderen Herausforderungen.",
    audience:
      "Teams in Bundesämtern sowie kantonalen und kommunalen Verwaltungen mit direktem Kundenkontakt, etwa Strassenverkehrs- und Betreibungsämter",
    formats: ["TWO_DAYS", "SERIES"],
    durationNote: "2 Tage, auch als Reihe von 4 Halbtagen",
    minParticipants: 6,
    maxParticipants: 14,
    priceNote: "Nach Offerte, ab CHF 2'400.00 pro Kurstag zzgl. MWST",
    priceFromCents: 240_000,
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
    priceNote: "Nach Offerte, ab CHF 2'400.00 pro Kurstag zzgl. MWST",
    priceFromCents: 240_000,
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
    priceNote: "Nach Offerte, ab CHF 2'400.00 pro Kurstag zzgl. MWST",
    priceFromCents: 240_000,
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

export const stories: SeedStory[] = [
  {
    slug: "kantonales-passamt",
    title: "Der Pass, der nicht ausgestellt werden durfte",
    setting: "Auf einem kantonalen Passamt",
    summary:
      "Eine Mutter braucht dringend einen Pass für ihr Kind, doch die Zustimmung des Vaters fehlt. Der Mitarbeiter bleibt ruhig und freundlich, und bei der Regel.",
    body: "Eine Mutter hat einen Termin vereinbart, um für sich und ihr Kind einen Pass ausstellen zu lassen. Man hat sie vorher darauf hingewiesen, dass sie die schriftliche Zustimmung des Vaters mitbringen muss. Sie erscheint mit dem Kind, aber ohne die Bestätigung: «Wir sind getrennt, mit ihm will ich nicht mehr reden.»\n\nDer Mitarbeiter erklärt, dass er den Pass ohne diese Zustimmung nicht ausstellen darf. Die Frau wird wütend, wirft ihm Sturheit vor und sagt, sie brauche den Pass jetzt, sie wolle in die Ferien. Der Mitarbeiter bleibt ruhig und erklärt, wozu die Regel dient: Auch sie möchte nicht, dass der Vater das Kind ohne ihr Wissen ausser Landes bringen kann.\n\nDie Frau geht verärgert. Der Mitarbeiter hat sein Bestes gegeben und weiss: Er kann nicht einfach Wünsche erfüllen, er ist für die Einhaltung von Regeln verantwortlich, im Sinne aller.",
    lesson:
      "Kundenorientierung im Amt heisst nicht, jeden Wunsch zu erfüllen, sondern eine Regel verständlich zu machen und dabei respektvoll zu bleiben.",
    field: "oeffentliche-verwaltung",
  },
  {
    slug: "kundenservice-center",
    title: "Wie ein Team seinen Kundendienst neu erfand",
    setting: "Im Kundenservice-Center",
    summary:
      "Anfragen gingen unter, Lieferungen gingen falsch, das Telefon blieb unbeantwortet. Statt Druck zu machen, startete die Leitung einen gemeinsamen Verbesserungsprozess.",
    body: "Über Wochen häuften sich Klagen: Anfragen waren untergegangen, Lieferungen falsch verschickt worden, zeitweise war der Kundendienst gar nicht mehr erreichbar. Die Verantwortlichen wussten, dass sie schnell handeln mussten.\n\nSie taten es aber nicht auf die übliche Art, mit Appellen, mehr Kontrollen und mehr Druck. Sie holten die Mitarbeitenden an einen Tisch und starteten einen gemeinsamen Verbesserungsprozess. Nichts war tabu, auch verrückte Ideen waren willkommen, und Kundinnen und Kunden wurden eingeladen, ihre Erfahrungen und Erwartungen zu schildern.\n\nDer Weg war anspruchsvoll, aber er hat sich gelohnt: Die Abläufe wurden schnell und verlässlich, und nebenbei entstand ein toller Teamgeist.",
    lesson: "Wer die Mitarbeitenden beteiligt, verbessert nicht nur Abläufe, sondern auch den Zusammenhalt.",
    field: "kundendienst",
  },
  {
    slug: "testcenter-spital",
    title: "Ein Laborbericht zur richtigen Zeit",
    setting: "Im Testcenter eines Spitals",
    summary:
      "Ein Mann in Quarantäne wartet auf die offizielle Bestätigung seines negativen Tests. Eine Mitarbeiterin erkennt, was ihm wirklich hilft, und handelt.",
    body: "Am Abend des siebten Quarantänetags lässt sich ein Mann testen. Fällt der Test negativ aus, darf er die Quarantäne früher beenden. Um 22 Uhr erhält er per SMS die erlösende Nachricht: negativ.\n\nAm nächsten Morgen fragt er nach, wann die schriftliche Bestätigung kommt, denn erst mit ihr kann das Contact Tracing die Quarantäne aufheben. Die Mitarbeiterin der Infektiologie erklärt, dass die offizielle Bestätigung noch dauert. Sie bietet ihm aber an, ihm den Laborbericht schon jetzt zu mailen, nachdem sie mit einer Bestätigungs-E-Mail geklärt hat, dass er berechtigt ist, ihn zu erhalten.\n\nDer Mann leitet den Bericht an das Contact Tracing weiter und ist wenige Minuten später aus der Quarantäne entlassen.",
    lesson: "Kundenorientierung heisst erfassen, was einem Menschen wirklich dient, und entsprechend handeln.",
    field: "oeffentliche-verwaltung",
  },
];

export const testimonials = [
  {
    key: "cm-bundesverwaltung",
    quote:
      "Wir haben den Kurs mit Dir, Markus, wie wir mit Kunden gut telefonieren können, im Blick auf die Einführung einer neuen Software gemacht. Als Resümee kann ich Dir mitteilen, dass nach anfänglicher Skepsis nur noch das Positive überwiegt. Alle haben vom Kurs profitiert, den Du sehr abwechslungsreich gestaltet hast. Die Werkzeuge und Techniken, die Du uns vermittelt hast, werden genutzt und helfen uns. Wir sind froh darüber, wie Du den Kurs auf unsere Bedürfnisse zugeschnitten hast.",
    authorName: "C.M.",
    authorRole: "Teamleitung",
    organisation: "Amt in der Bundesverwaltung",
    field: "oeffentliche-verwaltung",
    courses: ["professionell-telefonieren", "kundenkontakt-oeffentliche-verwaltung"],
  },
];

export const referenceClients: { name: string; kind: OrganisationKind; description: string }[] = [
  {
    name: "Eidgenössische Steuerverwaltung, Hauptabteilung Mehrwertsteuer",
    kind: "FEDERAL_OFFICE",
    description: "Kundenkontakte in der Beratung und bei Kontrollen",
  },
  { name: "Bundesamt für Zivilluftfahrt", kind: "FEDERAL_OFFICE", description: "Kommunikation mit Gesuchstellenden" },
  { name: "Eidgenössische Alkoholverwaltung", kind: "FEDERAL_OFFICE", description: "Beratung und Aufsicht" },
  { name: "Bundesamt für Landwirtschaft", kind: "FEDERAL_OFFICE", description: "Telefon- und Schalterkontakte" },
  { name: "Bundessicherheitsdienst", kind: "FEDERAL_OFFICE", description: "Kontakte an Zutrittskontrollen" },
  {
    name: "Kantonale Strassenverkehrsämter",
    kind: "CANTONAL_OFFICE",
    description: "Prüfungen, Ausweise und Massnahmen",
  },
  { name: "Betreibungsämter", kind: "CANTONAL_OFFICE", description: "Gespräche mit Schuldnerinnen und Schuldnern" },
  { name: "Universitätsbibliotheken", kind: "CANTONAL_OFFICE", description: "Ausleihe, Gebühren und Auskunft" },
];
