import type { Metadata } from "next";

export const SITE_NAME = "Anliegen";

/** The consultant's own title of his site (content/consultant-text.de.txt). */
export const HOME_TITLE = "Auf die Anliegen der Kunden eingehen und eine optimale Vertrauensbasis schaffen";

/** Where a page's share card comes from (app/api/teilen): the course's or field's, else the site's. */
export function shareImagePath(subject?: { kurs: string } | { feld: string }): string {
  if (!subject) return "/api/teilen";
  return `/api/teilen?${new URLSearchParams(subject).toString()}`;
}

type PageMetadataInput = {
  title: string;
  description: string;
  /** The page's public address, e.g. "/kurse/professionell-telefonieren". */
  path: string;
  type?: "website" | "article";
  /** The share card; default: the site's own (shareImagePath()). */
  image?: string;
};

/** Shortens a text for a meta description at a word boundary (search engines show ~160 characters). */
export function describe(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length).replace(/[\s,;:.–-]+$/, "")}…`;
}

/**
 * Title, description, canonical address and Open Graph data of a public page. Relative addresses
 * resolve against metadataBase (APP_URL) from the root layout.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = "website",
  image = shareImagePath(),
}: PageMetadataInput): Metadata {
  const images = [{ url: image, ...{ width: 1200, height: 630 }, alt: title }];
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title: `${title} | ${SITE_NAME}`,
      description,
      url: path,
      siteName: SITE_NAME,
      locale: "de_CH",
      type,
      images,
    },
    twitter: { card: "summary_large_image", title: `${title} | ${SITE_NAME}`, description, images },
  };
}
