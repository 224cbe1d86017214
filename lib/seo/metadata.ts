import type { Metadata } from "next";

export const SITE_NAME = "Anliegen";

type PageMetadataInput = {
  title: string;
  description: string;
  /** The page's public address, e.g. "/kurse/professionell-telefonieren". */
  path: string;
  type?: "website" | "article";
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
export function pageMetadata({ title, description, path, type = "website" }: PageMetadataInput): Metadata {
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
    },
    twitter: { card: "summary", title: `${title} | ${SITE_NAME}`, description },
  };
}
