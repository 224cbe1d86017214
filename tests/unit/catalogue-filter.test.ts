import { describe, expect, it } from "vitest";

import {
  catalogueSearch,
  emptyFilters,
  filterCourses,
  hasActiveFilters,
  normalizeForSearch,
  readCatalogueFilters,
  resultCountText,
  type FilterableCourse,
} from "@/lib/catalogue/filter";

const course = (overrides: Partial<FilterableCourse> & { title: string }): FilterableCourse => ({
  summary: "",
  audience: "",
  formats: ["ONE_DAY"],
  fields: [],
  goals: [],
  moduleTitles: [],
  ...overrides,
});

const verwaltung = { slug: "oeffentliche-verwaltung", name: "Öffentliche Verwaltung" };
const kirche = { slug: "kirchgemeinden", name: "Kirchen und Kirchgemeinden" };

const courses = [
  course({
    title: "Souverän im Kundenkontakt der öffentlichen Verwaltung",
    formats: ["TWO_DAYS", "SERIES"],
    fields: [verwaltung],
    goals: [{ goal: { title: "Gespräche gut beenden" } }],
    moduleTitles: ["Sanktionen aussprechen"],
  }),
  course({
    title: "Professionell am Telefon",
    audience: "Kundendienste und Kirchgemeinden",
    formats: ["ONE_DAY", "HALF_DAY"],
    fields: [verwaltung, kirche],
    moduleTitles: ["Die Stimme am Telefon"],
  }),
  course({ title: "Schwierige Situationen", summary: "Vorwürfe und Ärger", formats: ["ONE_DAY"], fields: [kirche] }),
];

const titles = (list: FilterableCourse[]) => list.map((entry) => entry.title);
const params = (search: string) => new URLSearchParams(search);
const known = [verwaltung.slug, kirche.slug];

describe("catalogue filters in the address", () => {
  it("reads field, format and search from German query parameters", () => {
    expect(readCatalogueFilters(params("feld=kirchgemeinden&format=halbtag&suche=Telefon"), known)).toEqual({
      field: "kirchgemeinden",
      format: "HALF_DAY",
      query: "Telefon",
    });
  });

  it("ignores a field or format it does not know, so old links show the whole catalogue", () => {
    expect(readCatalogueFilters(params("feld=gibt-es-nicht&format=drei-wochen"), known)).toEqual(emptyFilters);
  });

  it("writes filters back in a fixed order and leaves out what is not set", () => {
    expect(catalogueSearch({ field: "kirchgemeinden", format: "SERIES", query: "  Sanktionen " })).toBe(
      "?feld=kirchgemeinden&format=reihe&suche=Sanktionen",
    );
    expect(catalogueSearch({ ...emptyFilters, query: "   " })).toBe("");
    expect(catalogueSearch({ ...emptyFilters, query: "Ärger & Stress" })).toBe("?suche=%C3%84rger+%26+Stress");
  });

  it("round-trips: what it writes it reads back", () => {
    const filters = { field: "oeffentliche-verwaltung", format: "TWO_DAYS" as const, query: "Rollen klären" };
    expect(readCatalogueFilters(params(catalogueSearch(filters)), known)).toEqual(filters);
  });

  it("knows when any filter is active", () => {
    expect(hasActiveFilters(emptyFilters)).toBe(false);
    expect(hasActiveFilters({ ...emptyFilters, query: " " })).toBe(false);
    expect(hasActiveFilters({ ...emptyFilters, format: "HALF_DAY" })).toBe(true);
  });
});

describe("filtering courses", () => {
  it("keeps every course without filters, in order", () => {
    expect(titles(filterCourses(courses, emptyFilters))).toEqual(titles(courses));
  });

  it("filters by field of activity and by format, combined", () => {
    expect(titles(filterCourses(courses, { ...emptyFilters, field: "kirchgemeinden" }))).toEqual([
      "Professionell am Telefon",
      "Schwierige Situationen",
    ]);
    expect(titles(filterCourses(courses, { ...emptyFilters, format: "ONE_DAY" }))).toEqual([
      "Professionell am Telefon",
      "Schwierige Situationen",
    ]);
    expect(titles(filterCourses(courses, { field: "oeffentliche-verwaltung", format: "ONE_DAY", query: "" }))).toEqual([
      "Professionell am Telefon",
    ]);
  });

  it("searches title, summary, audience, field names, goals and modules, every word", () => {
    expect(titles(filterCourses(courses, { ...emptyFilters, query: "sanktionen" }))).toEqual([courses[0]!.title]);
    expect(titles(filterCourses(courses, { ...emptyFilters, query: "gespräche beenden" }))).toEqual([
      courses[0]!.title,
    ]);
    expect(titles(filterCourses(courses, { ...emptyFilters, query: "stimme" }))).toEqual([courses[1]!.title]);
    expect(titles(filterCourses(courses, { ...emptyFilters, query: "kirchgemeinden" }))).toEqual([
      courses[1]!.title,
      courses[2]!.title,
    ]);
    expect(titles(filterCourses(courses, { ...emptyFilters, query: "telefon ärger" }))).toEqual([]);
  });

  it("finds umlauts however they are typed", () => {
    for (const query of ["Ärger", "aerger", "arger", "ÄRGER"]) {
      expect(titles(filterCourses(courses, { ...emptyFilters, query }))).toEqual(["Schwierige Situationen"]);
    }
    expect(normalizeForSearch("Gespräch Strasse Straße Café")).toBe("gespraech strasse strasse cafe");
  });

  it("says how many courses it found, in German", () => {
    expect(resultCountText(0)).toBe("Kein Kurs gefunden");
    expect(resultCountText(1)).toBe("1 Kurs gefunden");
    expect(resultCountText(3)).toBe("3 Kurse gefunden");
  });
});
