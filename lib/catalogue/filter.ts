// Catalogue filters: what the query parameters of /kurse mean and which courses match them.
// Pure and client-safe: the catalogue page embeds all published courses and filters in the browser,
// so the page itself stays cached while a filtered view can still be shared by its address.
import { pluralText } from "@/lib/format";
import type { CourseFormat } from "@/lib/generated/prisma/enums";

export type CatalogueFilters = {
  /** Slug of a field of activity, or null for all fields. */
  field: string | null;
  format: CourseFormat | null;
  /** Free text as typed; empty means no search. */
  query: string;
};

export const emptyFilters: CatalogueFilters = { field: null, format: null, query: "" };

/** German, readable values for the address: /kurse?format=ein-tag */
export const formatParams: Record<CourseFormat, string> = {
  HALF_DAY: "halbtag",
  ONE_DAY: "ein-tag",
  TWO_DAYS: "zwei-tage",
  SERIES: "reihe",
};

export const filterParamNames = { field: "feld", format: "format", query: "suche" } as const;

export type FilterableCourse = {
  title: string;
  summary: string;
  audience: string;
  formats: CourseFormat[];
  fields: { slug: string; name: string }[];
  goals: { goal: { title: string } }[];
  moduleTitles: string[];
};

type ParamSource = { get(name: string): string | null };

/**
 * Reads filters from query parameters. Values that name no known field or format are ignored,
 * so an outdated shared link shows the whole catalogue instead of an empty page.
 */
export function readCatalogueFilters(params: ParamSource, knownFieldSlugs: readonly string[]): CatalogueFilters {
  const field = params.get(filterParamNames.field);
  const formatParam = params.get(filterParamNames.format);
  const format = (Object.keys(formatParams) as CourseFormat[]).find((key) => formatParams[key] === formatParam);
  return {
    field: field && knownFieldSlugs.includes(field) ? field : null,
    format: format ?? null,
    query: (params.get(filterParamNames.query) ?? "").slice(0, 100),
  };
}

/** The query string for a set of filters, "" when none is set; parameters in a fixed order. */
export function catalogueSearch(filters: CatalogueFilters): string {
  const params = new URLSearchParams();
  if (filters.field) params.set(filterParamNames.field, filters.field);
  if (filters.format) params.set(filterParamNames.format, formatParams[filters.format]);
  const query = filters.query.trim();
  if (query) params.set(filterParamNames.query, query);
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function hasActiveFilters(filters: CatalogueFilters): boolean {
  return Boolean(filters.field || filters.format || filters.query.trim());
}

/**
 * Lower case, umlauts spelt out (ä -> ae), other accents dropped, so "Gesprach", "gespräch" and
 * "Gespraech" all find "Gespräch", and "Strasse" finds the sharp-s spelling of other regions.
 */
export function normalizeForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/\u00df/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

function searchableText(course: FilterableCourse): string {
  return normalizeForSearch(
    [
      course.title,
      course.summary,
      course.audience,
      ...course.fields.map((field) => field.name),
      ...course.goals.map(({ goal }) => goal.title),
      ...course.moduleTitles,
    ].join(" "),
  );
}

function matchesQuery(text: string, query: string): boolean {
  // Each word must occur somewhere; a word typed without umlauts ("gesprach") also matches.
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  const loose = text.replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u");
  return words.every((word) => text.includes(word) || loose.includes(word));
}

/** The courses that match every set filter, in their original order. */
export function filterCourses<T extends FilterableCourse>(courses: readonly T[], filters: CatalogueFilters): T[] {
  return courses.filter(
    (course) =>
      (!filters.field || course.fields.some((field) => field.slug === filters.field)) &&
      (!filters.format || course.formats.includes(filters.format)) &&
      (!filters.query.trim() || matchesQuery(searchableText(course), filters.query)),
  );
}

/** "1 Kurs gefunden", "3 Kurse gefunden", "Kein Kurs gefunden" */
export function resultCountText(count: number): string {
  if (count === 0) return "Kein Kurs gefunden";
  return `${pluralText(count, "Kurs", "Kurse")} gefunden`;
}
