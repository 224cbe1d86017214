import type { MetadataRoute } from "next";

type Dated = { slug: string; updatedAt: string };

export type SitemapInput = { courses: Dated[]; modules: Dated[]; pages: Dated[]; fields: Dated[] };

/**
 * Public pages whose address does not come from the database, each served from the cache. Pages
 * rendered per request (the call booking with its live slots) are left out: they are linked from
 * every page's navigation instead.
 */
export const STATIC_PATHS = ["/", "/kurse", "/inhalte", "/geschichten", "/kundenstimmen", "/termine"] as const;

/** Editable Page rows that have an address of their own (/<slug>). */
export const CONTENT_PAGE_SLUGS = ["fuehrungskultur", "ueber-mich", "kontakt", "impressum", "datenschutz"] as const;

/** Where each field of activity has its page: /taetigkeitsfelder/<slug>. */
export const FIELD_PATH = "/taetigkeitsfelder";

/** Every public page for sitemap.xml, with absolute addresses and the last change where known. */
export function buildSitemap(baseUrl: string, content: SitemapInput): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, baseUrl).href;
  const dated = (prefix: string, rows: Dated[]) =>
    rows.map((row) => ({ url: url(`${prefix}/${row.slug}`), lastModified: row.updatedAt }));
  return [
    ...STATIC_PATHS.map((path) => ({ url: url(path) })),
    ...dated(
      "",
      content.pages.filter((page) => (CONTENT_PAGE_SLUGS as readonly string[]).includes(page.slug)),
    ),
    ...dated("/kurse", content.courses),
    ...dated("/inhalte", content.modules),
    ...dated(FIELD_PATH, content.fields),
  ];
}
