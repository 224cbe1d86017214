// What the consultant enters for each kind of catalogue content. Safe in the client bundle: the
// admin forms validate with these schemas and the actions parse the same ones.
import { z } from "zod";

import { Challenge, CourseFormat, CourseLanguage, OrganisationKind } from "@/lib/generated/prisma/enums";

export const catalogueKinds = [
  "kurse",
  "ziele",
  "module",
  "themen",
  "felder",
  "geschichten",
  "stimmen",
  "referenzen",
  "seiten",
] as const;
export type CatalogueKind = (typeof catalogueKinds)[number];

/** `it`: the accusative pronoun that agrees with the singular ("Kurs gespeichert; ... zeigen ihn"). */
export const catalogueKindLabels: Record<CatalogueKind, { plural: string; singular: string; it: string }> = {
  kurse: { plural: "Kurse", singular: "Kurs", it: "ihn" },
  ziele: { plural: "Ziele", singular: "Ziel", it: "es" },
  module: { plural: "Inhalte (Module)", singular: "Modul", it: "es" },
  themen: { plural: "Themen der Module", singular: "Thema", it: "es" },
  felder: { plural: "Tätigkeitsfelder", singular: "Tätigkeitsfeld", it: "es" },
  geschichten: { plural: "Geschichten", singular: "Geschichte", it: "sie" },
  stimmen: { plural: "Kundenstimmen", singular: "Kundenstimme", it: "sie" },
  referenzen: { plural: "Referenzkunden", singular: "Referenzkunde", it: "ihn" },
  seiten: { plural: "Seiten", singular: "Seite", it: "sie" },
};

/**
 * What the list offers for each kind. Themes have no publication of their own (they appear with
 * their published modules); the editable pages are a fixed set that the site's routes expect, so
 * they are only edited, never created, moved, hidden or deleted.
 */
export const catalogueKindAbilities: Record<
  CatalogueKind,
  { create: boolean; reorder: boolean; publish: boolean; remove: boolean }
> = {
  kurse: { create: true, reorder: true, publish: true, remove: true },
  ziele: { create: true, reorder: true, publish: true, remove: true },
  module: { create: true, reorder: true, publish: true, remove: true },
  themen: { create: true, reorder: true, publish: false, remove: true },
  felder: { create: true, reorder: true, publish: true, remove: true },
  geschichten: { create: true, reorder: true, publish: true, remove: true },
  stimmen: { create: true, reorder: true, publish: true, remove: true },
  referenzen: { create: true, reorder: true, publish: true, remove: true },
  seiten: { create: false, reorder: false, publish: false, remove: false },
};

export function isCatalogueKind(value: string): value is CatalogueKind {
  return (catalogueKinds as readonly string[]).includes(value);
}

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Bitte geben Sie ${label} an.`).max(max, `Höchstens ${max} Zeichen.`);
const optionalText = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`);

/**
 * The address part of a public page, e.g. "professionell-telefonieren". Set once when the item is
 * created (from the title when left empty) and never changed afterwards, so links stay valid.
 */
export const slugSchema = z
  .string()
  .trim()
  .max(80, "Höchstens 80 Zeichen.")
  .regex(
    /^([a-z0-9]+(-[a-z0-9]+)*)?$/,
    "Nur Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. «gespraeche-fuehren».",
  );

/** Empty, or a whole number in the given range; an empty field means "not set". */
const optionalInt = (min: number, max: number) =>
  z.union([
    z.null(),
    z.literal("").transform(() => null),
    z.coerce
      .number("Bitte eine Zahl angeben.")
      .int("Bitte eine ganze Zahl angeben.")
      .min(min, `Mindestens ${min}.`)
      .max(max, `Höchstens ${max}.`),
  ]);

const published = z.boolean();
const fieldIds = z.array(z.uuid()).max(20);
/** An optional choice from a list: "" (nothing chosen) or the chosen item's id. */
const optionalId = z.union([z.literal("").transform(() => null), z.null(), z.uuid()]);
const ids = z.array(z.uuid()).max(100);
const challenges = z.array(z.enum(Challenge)).max(Object.keys(Challenge).length);

export const courseFormSchema = z
  .object({
    slug: slugSchema,
    title: text("den Titel", 160),
    summary: text("eine Kurzbeschreibung", 600),
    body: optionalText(10_000),
    audience: text("die Zielgruppe", 600),
    formats: z.array(z.enum(CourseFormat)).min(1, "Bitte wählen Sie mindestens ein Format."),
    durationNote: text("die Dauer", 200),
    languages: z.array(z.enum(CourseLanguage)).min(1, "Bitte wählen Sie mindestens eine Sprache."),
    minParticipants: optionalInt(1, 500),
    maxParticipants: optionalInt(1, 500),
    /** Optional: empty shows "Preis nach Offerte" (lib/catalogue/presentation.ts). */
    priceNote: optionalText(300),
    priceFromFrancs: optionalInt(0, 1_000_000),
    featured: z.boolean(),
    published,
    fieldIds,
    /** The course's goals and agenda modules; kept ones keep their place, day and duration. */
    goalIds: ids,
    moduleIds: ids,
    storyId: optionalId,
    testimonialId: optionalId,
  })
  .refine(
    (course) =>
      course.minParticipants === null ||
      course.maxParticipants === null ||
      course.minParticipants <= course.maxParticipants,
    { path: ["maxParticipants"], message: "Das Maximum darf nicht kleiner sein als das Minimum." },
  );

export const goalFormSchema = z.object({
  slug: slugSchema,
  title: text("den Titel", 200),
  description: optionalText(2000),
  challenges,
  published,
  fieldIds,
});

export const moduleFormSchema = z.object({
  slug: slugSchema,
  title: text("den Titel", 200),
  description: text("eine Beschreibung", 3000),
  themeId: z.uuid("Bitte wählen Sie ein Thema."),
  defaultDurationMinutes: z.coerce
    .number("Bitte eine Zahl angeben.")
    .int("Bitte ganze Minuten angeben.")
    .min(5, "Mindestens 5 Minuten.")
    .max(8 * 60, "Höchstens 480 Minuten."),
  challenges,
  published,
  fieldIds,
});

export const themeFormSchema = z.object({
  slug: slugSchema,
  title: text("den Titel", 200),
  description: optionalText(2000),
});

/** An editable page; the body uses the plain-text format of lib/rich-text.ts. */
export const pageFormSchema = z.object({
  title: text("den Titel", 200),
  lead: optionalText(600),
  body: text("den Text der Seite", 20_000),
});

export const fieldFormSchema = z.object({
  slug: slugSchema,
  name: text("den Namen", 120),
  summary: text("eine Kurzbeschreibung", 600),
  body: optionalText(10_000),
  published,
});

export const storyFormSchema = z.object({
  slug: slugSchema,
  title: text("den Titel", 200),
  setting: text("den Ort des Geschehens", 200),
  summary: text("eine Kurzfassung", 600),
  body: text("die Geschichte", 10_000),
  lesson: optionalText(2000),
  fieldId: optionalId,
  published,
});

export const testimonialFormSchema = z
  .object({
    quote: text("das Zitat", 2000),
    authorName: text("den Namen", 120),
    authorRole: optionalText(160),
    organisation: text("die Organisation", 200),
    consent: z.boolean(),
    fieldId: optionalId,
    published,
  })
  .refine((testimonial) => !testimonial.published || testimonial.consent, {
    path: ["published"],
    message: "Ein Zitat erscheint erst, wenn die schriftliche Einwilligung vorliegt.",
  });

export const referenceClientFormSchema = z.object({
  name: text("den Namen", 200),
  kind: z.enum(OrganisationKind, "Bitte wählen Sie die Art der Organisation."),
  description: optionalText(1000),
  published,
});

export const catalogueFormSchemas = {
  kurse: courseFormSchema,
  ziele: goalFormSchema,
  module: moduleFormSchema,
  themen: themeFormSchema,
  felder: fieldFormSchema,
  geschichten: storyFormSchema,
  stimmen: testimonialFormSchema,
  referenzen: referenceClientFormSchema,
  seiten: pageFormSchema,
} as const;

export type CatalogueFormInput<K extends CatalogueKind> = z.infer<(typeof catalogueFormSchemas)[K]>;
/** What a kind's form holds before parsing: the admin form's field names are its keys. */
export type CatalogueFormValues<K extends CatalogueKind> = z.input<(typeof catalogueFormSchemas)[K]>;

export const catalogueItemRefSchema = z.object({ kind: z.enum(catalogueKinds), id: z.uuid() });
export const moveCatalogueItemSchema = catalogueItemRefSchema.extend({ direction: z.enum(["up", "down"]) });
export const publishCatalogueItemSchema = catalogueItemRefSchema.extend({ published: z.boolean() });
/** The item being edited; null creates a new one. */
export const catalogueTargetSchema = z.object({ kind: z.enum(catalogueKinds), id: z.uuid().nullable() });

/** "Gespräche souverän führen" -> "gespraeche-souveraen-fuehren", as the seed's addresses read. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}
