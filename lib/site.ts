// The public site's internal route segment (see app/(public)/[lang]/layout.tsx).
export const SITE_LANGUAGES = ["de"] as const;
export type SiteLanguage = (typeof SITE_LANGUAGES)[number];

export function isSiteLanguage(value: string): value is SiteLanguage {
  return (SITE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Addresses outside the public site: they are not rewritten into the [lang] segment.
 * Keep in sync with the folders at the top of app/.
 */
export const NON_SITE_PREFIXES = ["admin", "api", "dev", "_next"] as const;

/**
 * Public addresses rendered per request (`dynamic = "force-dynamic"`): they get a per-request
 * CSP nonce from proxy.ts. Every other public page is cached and carries the hash policy of its
 * cached document instead (decision 0014). A unit test keeps this list in sync with app/.
 */
export const PER_REQUEST_PUBLIC_PATHS = [
  "/erstgespraech",
  "/termine/",
  "/termin/",
  "/buchung/",
  "/anfrage",
  "/portal/",
  "/rueckmeldung/",
  "/nachbereitung/",
  "/anmeldung/",
];

/** True when the address is rendered per request and so gets a nonce. */
export function isRenderedPerRequest(pathname: string): boolean {
  if (NON_SITE_PREFIXES.some((prefix) => pathname === `/${prefix}` || pathname.startsWith(`/${prefix}/`))) return true;
  return PER_REQUEST_PUBLIC_PATHS.some((path) =>
    path.endsWith("/")
      ? pathname.startsWith(path) && pathname.length > path.length
      : pathname === path || pathname.startsWith(`${path}/`),
  );
}
