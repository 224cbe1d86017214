import "server-only";

import { notFound } from "next/navigation";

import { messagesFor } from "@/lib/i18n";
import type { Catalogue } from "@/lib/i18n/messages";
import { isSiteLanguage, type SiteLanguage } from "@/lib/site";

/** The language of a public page from its [lang] segment; an unknown value is a page that does not exist. */
export async function languageOf(params: Promise<{ lang: string }>): Promise<SiteLanguage> {
  const { lang } = await params;
  if (!isSiteLanguage(lang)) notFound();
  return lang;
}

/** The catalogue of a public page's [lang] segment. */
export async function messagesOf(params: Promise<{ lang: string }>): Promise<Catalogue> {
  return messagesFor(await languageOf(params));
}
