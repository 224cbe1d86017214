"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useId, useMemo, useState } from "react";

import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import {
  catalogueSearch,
  emptyFilters,
  filterCourses,
  hasActiveFilters,
  readCatalogueFilters,
  resultCountText,
  type CatalogueFilters,
} from "@/lib/catalogue/filter";
import type { CatalogueCourse } from "@/lib/catalogue/queries";
import type { Catalogue } from "@/lib/i18n/messages";
import { COURSE_FORMATS } from "@/lib/inquiries/choices";
import { courseFormatLabels } from "@/lib/labels";
import { FIELD_PATH } from "@/lib/seo/sitemap";

import { CourseCard } from "./course-card";

type CatalogueField = { slug: string; name: string; summary: string };

type CatalogueProps = {
  courses: CatalogueCourse[];
  fields: CatalogueField[];
  /** From the page's catalogue. */
  texts: Catalogue["pages"]["courses"]["catalogue"]["filter"] & { card: Catalogue["pages"]["content"]["courseCard"] };
};

const selectClasses =
  "mt-1 block w-full min-h-11 rounded-md border border-muted bg-white px-3 py-2 text-base text-ink placeholder:text-muted";

/**
 * The course catalogue with its filters. The page around it is cached and identical for every
 * address; the filters are read from the query string in the browser and written back with
 * history.replaceState, which Next's router picks up without a round trip to the server. Before
 * hydration (and without JavaScript) the fallback shows the whole catalogue.
 */
export function CourseCatalogue(props: CatalogueProps) {
  return (
    <Suspense fallback={<CatalogueView {...props} filters={emptyFilters} onChange={() => {}} />}>
      <CatalogueFromAddress {...props} />
    </Suspense>
  );
}

function CatalogueFromAddress(props: CatalogueProps) {
  const searchParams = useSearchParams();
  const fieldSlugs = useMemo(() => props.fields.map((field) => field.slug), [props.fields]);
  const addressSearch = searchParams.toString();
  const [filters, setFilters] = useState(() => readCatalogueFilters(searchParams, fieldSlugs));
  const [seenSearch, setSeenSearch] = useState(addressSearch);

  // A link to another filtered view (/kurse?feld=...) keeps this component mounted: adopt the
  // address when it changed from outside, not when it merely echoes our own update.
  if (addressSearch !== seenSearch) {
    setSeenSearch(addressSearch);
    if (catalogueSearch(filters).slice(1) !== addressSearch) {
      setFilters(readCatalogueFilters(searchParams, fieldSlugs));
    }
  }

  const update = (next: CatalogueFilters) => {
    setFilters(next);
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${catalogueSearch(next)}`);
  };

  return <CatalogueView {...props} filters={filters} onChange={update} />;
}

type ViewProps = CatalogueProps & { filters: CatalogueFilters; onChange: (filters: CatalogueFilters) => void };

function CatalogueView({ courses, fields, filters, onChange, texts }: ViewProps) {
  const id = useId();
  const results = filterCourses(courses, filters);
  const activeField = fields.find((field) => field.slug === filters.field);
  const formats = COURSE_FORMATS;

  return (
    <div>
      <form
        role="search"
        aria-label={texts.label}
        className="grid gap-4 rounded-lg border border-line bg-sand p-4 sm:p-6 md:grid-cols-3 print:hidden"
        onSubmit={(event) => event.preventDefault()}
      >
        <div>
          <label htmlFor={`${id}-suche`} className="block font-semibold">
            {texts.search}
          </label>
          <input
            id={`${id}-suche`}
            type="search"
            name="suche"
            value={filters.query}
            onChange={(event) => onChange({ ...filters, query: event.target.value })}
            placeholder={texts.searchPlaceholder}
            aria-describedby={`${id}-suche-hinweis`}
            className={selectClasses}
            autoComplete="off"
            maxLength={100}
          />
          <p id={`${id}-suche-hinweis`} className="mt-1 text-sm text-muted">
            {texts.searchHint}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-feld`} className="block font-semibold">
            {texts.field}
          </label>
          <select
            id={`${id}-feld`}
            name="feld"
            value={filters.field ?? ""}
            onChange={(event) => onChange({ ...filters, field: event.target.value || null })}
            className={selectClasses}
          >
            <option value="">{texts.allFields}</option>
            {fields.map((field) => (
              <option key={field.slug} value={field.slug}>
                {field.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-format`} className="block font-semibold">
            {texts.format}
          </label>
          <select
            id={`${id}-format`}
            name="format"
            value={filters.format ?? ""}
            onChange={(event) =>
              onChange({ ...filters, format: formats.find((format) => format === event.target.value) ?? null })
            }
            className={selectClasses}
          >
            <option value="">{texts.allFormats}</option>
            {formats.map((format) => (
              <option key={format} value={format}>
                {courseFormatLabels[format]}
              </option>
            ))}
          </select>
        </div>
      </form>

      <div className="mt-6 flex flex-wrap items-center justify-between gap-4">
        <p role="status" className="text-lg font-semibold">
          {resultCountText(results.length)}
        </p>
        {hasActiveFilters(filters) ? (
          <Button variant="secondary" onClick={() => onChange(emptyFilters)}>
            {texts.reset}
          </Button>
        ) : null}
      </div>

      {activeField ? (
        <p className="mt-4 max-w-3xl text-muted">
          <span className="font-semibold text-ink">{activeField.name}: </span>
          {activeField.summary}{" "}
          <TextLink href={`${FIELD_PATH}/${activeField.slug}`}>
            {texts.moreAboutField}
            <span className="sr-only"> {activeField.name}</span>
          </TextLink>
        </p>
      ) : null}

      {results.length > 0 ? (
        <ul aria-label={texts.results} className="mt-6 grid gap-6 md:grid-cols-2 xl:grid-cols-3">
          {results.map((course) => (
            <li key={course.slug}>
              <CourseCard course={course} headingLevel={2} texts={texts.card} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="mt-6 max-w-3xl rounded-lg border border-line bg-white p-6">
          <p>{texts.noMatch}</p>
          <p className="mt-4">
            <TextLink href="/anfrage">{texts.inquire}</TextLink>
          </p>
        </div>
      )}
    </div>
  );
}
