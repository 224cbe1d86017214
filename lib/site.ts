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
