// Which fields each kind's form shows, in order. The schemas in lib/catalogue/admin-schemas.ts
// decide what is valid; these only decide how each field is asked for.
import type { CatalogueFormValues, CatalogueKind } from "@/lib/catalogue/admin-schemas";
import { challengeLabels, courseFormatLabels, languageLabels, organisationKindLabels } from "@/lib/labels";

export type Choices = Record<string, string> | "fields" | "themes" | "goals" | "modules" | "stories" | "testimonials";

/** One field of kind K's form; its name must be a key of K's schema, so a renamed field fails to compile. */
export type FieldSpec<K extends CatalogueKind> = {
  name: Extract<keyof CatalogueFormValues<K>, string>;
  label: string;
  type: "text" | "textarea" | "number" | "checkbox" | "checkboxes" | "select";
  hint?: string;
  required?: boolean;
  rows?: number;
  choices?: Choices;
  /** Only asked when the item is created: the slug stays as it was chosen. */
  createOnly?: boolean;
  /** A textarea in the format of lib/rich-text.ts: the form shows how the public page will read. */
  preview?: boolean;
};

/** A field of any kind's form, as the generic form renders it. */
export type AnyFieldSpec = { [K in CatalogueKind]: FieldSpec<K> }[CatalogueKind];

const richTextHint = "Leerzeile: neuer Absatz. «## » am Zeilenanfang: Zwischentitel. «- »: Aufzählung.";

// Fields several kinds share; each kind's list below checks that its schema has the name.
const slug = {
  name: "slug",
  label: "Kurzadresse",
  type: "text",
  hint: "Teil der Internetadresse, z. B. «professionell-telefonieren». Leer lassen: wird aus dem Titel gebildet. Bleibt danach unverändert.",
  createOnly: true,
} as const;
const published = { name: "published", label: "Veröffentlicht", type: "checkbox" } as const;
const fieldIds = { name: "fieldIds", label: "Tätigkeitsfelder", type: "checkboxes", choices: "fields" } as const;
const fieldId = { name: "fieldId", label: "Tätigkeitsfeld", type: "select", choices: "fields" } as const;
const challenges = {
  name: "challenges",
  label: "Passt zu diesen Herausforderungen",
  type: "checkboxes",
  choices: challengeLabels,
} as const;

export const formSpecs: { [K in CatalogueKind]: FieldSpec<K>[] } = {
  kurse: [
    { name: "title", label: "Titel", type: "text", required: true },
    slug,
    { name: "summary", label: "Kurzbeschreibung", type: "textarea", rows: 3, required: true },
    {
      name: "body",
      label: "Beschreibung",
      type: "textarea",
      rows: 10,
      hint: richTextHint,
    },
    { name: "audience", label: "Zielgruppe", type: "textarea", rows: 2, required: true },
    { name: "formats", label: "Formate", type: "checkboxes", choices: courseFormatLabels, required: true },
    { name: "durationNote", label: "Dauer", type: "text", required: true, hint: "z. B. «1 Tag, 08:30–16:30»" },
    { name: "languages", label: "Sprachen", type: "checkboxes", choices: languageLabels, required: true },
    { name: "minParticipants", label: "Mindestens Teilnehmende", type: "number" },
    { name: "maxParticipants", label: "Höchstens Teilnehmende", type: "number" },
    {
      name: "priceNote",
      label: "Preis (wie angezeigt)",
      type: "text",
      hint: "Leer lassen zeigt «Preis nach Offerte». Steht hier etwas, erscheint es so auf der Kursseite.",
    },
    {
      name: "priceFromFrancs",
      label: "Tagesansatz in Franken (intern)",
      type: "number",
      hint: "Nur Vorschlag für neue Offerten; erscheint nie auf der Website",
    },
    fieldIds,
    { name: "goalIds", label: "Ziele des Kurses", type: "checkboxes", choices: "goals" },
    {
      name: "moduleIds",
      label: "Inhalte (Module) des Kursablaufs",
      type: "checkboxes",
      choices: "modules",
      hint: "Neu gewählte Module kommen ans Ende des Ablaufs.",
    },
    { name: "storyId", label: "Geschichte zum Kurs", type: "select", choices: "stories" },
    { name: "testimonialId", label: "Kundenstimme zum Kurs", type: "select", choices: "testimonials" },
    { name: "featured", label: "Auf der Startseite hervorheben", type: "checkbox" },
    published,
  ],
  ziele: [
    { name: "title", label: "Titel", type: "text", required: true },
    slug,
    { name: "description", label: "Beschreibung", type: "textarea", rows: 4 },
    challenges,
    fieldIds,
    published,
  ],
  module: [
    { name: "title", label: "Titel", type: "text", required: true },
    slug,
    { name: "description", label: "Beschreibung", type: "textarea", rows: 5, required: true },
    { name: "themeId", label: "Thema", type: "select", choices: "themes", required: true },
    { name: "defaultDurationMinutes", label: "Übliche Dauer in Minuten", type: "number", required: true },
    challenges,
    fieldIds,
    published,
  ],
  themen: [
    { name: "title", label: "Titel", type: "text", required: true },
    slug,
    { name: "description", label: "Beschreibung", type: "textarea", rows: 4 },
  ],
  felder: [
    { name: "name", label: "Name", type: "text", required: true },
    slug,
    { name: "summary", label: "Kurzbeschreibung", type: "textarea", rows: 3, required: true },
    { name: "body", label: "Beschreibung", type: "textarea", rows: 8 },
    published,
  ],
  geschichten: [
    { name: "title", label: "Titel", type: "text", required: true },
    slug,
    {
      name: "setting",
      label: "Wo es geschah",
      type: "text",
      required: true,
      hint: "z. B. «Auf einem kantonalen Passamt»",
    },
    { name: "summary", label: "Kurzfassung", type: "textarea", rows: 3, required: true },
    { name: "body", label: "Geschichte", type: "textarea", rows: 10, required: true },
    { name: "lesson", label: "Was daraus folgt", type: "textarea", rows: 3 },
    fieldId,
    published,
  ],
  stimmen: [
    { name: "quote", label: "Zitat", type: "textarea", rows: 4, required: true },
    { name: "authorName", label: "Name", type: "text", required: true },
    { name: "authorRole", label: "Funktion", type: "text" },
    { name: "organisation", label: "Organisation", type: "text", required: true },
    { name: "consent", label: "Schriftliche Einwilligung zur Veröffentlichung liegt vor", type: "checkbox" },
    fieldId,
    published,
  ],
  referenzen: [
    { name: "name", label: "Name", type: "text", required: true },
    { name: "kind", label: "Art der Organisation", type: "select", choices: organisationKindLabels, required: true },
    { name: "description", label: "Beschreibung", type: "textarea", rows: 3 },
    published,
  ],
  seiten: [
    { name: "title", label: "Titel", type: "text", required: true },
    { name: "lead", label: "Einleitung", type: "textarea", rows: 3, hint: "Ein, zwei Sätze unter dem Titel." },
    {
      name: "body",
      label: "Text der Seite",
      type: "textarea",
      rows: 16,
      required: true,
      preview: true,
      hint: `${richTextHint} Zeilen ohne Leerzeile dazwischen bleiben untereinander (Adressen).`,
    },
  ],
};

/** What a new item's form starts with. */
export const emptyValues: { [K in CatalogueKind]: Record<keyof CatalogueFormValues<K>, unknown> } = {
  kurse: {
    title: "",
    slug: "",
    summary: "",
    body: "",
    audience: "",
    formats: [],
    durationNote: "",
    languages: ["DE"],
    minParticipants: "",
    maxParticipants: "",
    priceNote: "",
    priceFromFrancs: "",
    fieldIds: [],
    goalIds: [],
    moduleIds: [],
    storyId: "",
    testimonialId: "",
    featured: false,
    published: false,
  },
  ziele: { title: "", slug: "", description: "", challenges: [], fieldIds: [], published: false },
  module: {
    title: "",
    slug: "",
    description: "",
    themeId: "",
    defaultDurationMinutes: 60,
    challenges: [],
    fieldIds: [],
    published: false,
  },
  themen: { title: "", slug: "", description: "" },
  felder: { name: "", slug: "", summary: "", body: "", published: false },
  geschichten: { title: "", slug: "", setting: "", summary: "", body: "", lesson: "", fieldId: "", published: false },
  stimmen: {
    quote: "",
    authorName: "",
    authorRole: "",
    organisation: "",
    consent: false,
    fieldId: "",
    published: false,
  },
  referenzen: { name: "", kind: "CANTONAL_OFFICE", description: "", published: true },
  seiten: { title: "", lead: "", body: "" },
};
