// The typed way to the message catalogues (decision 0034): the public site's [lang] segment
// names the language, `messagesFor(lang)` gives its catalogue, `t(lang, "site.header.menu")`
// one text by its key (checked by TypeScript), with `{name}` placeholders filled from `values`.
import type { SiteLanguage } from "@/lib/site";

import { dayWithTimes, fill } from "./fill";
import { catalogues, type Catalogue, type Locale } from "./messages";

export { dayWithTimes, fill };

/** The catalogue of each value of the [lang] segment. */
export const LOCALE_OF: Record<SiteLanguage, Locale> = { de: "de-CH" };

/** The language of pages outside the [lang] segment (admin, the root not-found page) and of the site's chrome for now. */
export const DEFAULT_LANGUAGE: SiteLanguage = "de";

export function messagesFor(lang: SiteLanguage): Catalogue {
  return catalogues[LOCALE_OF[lang]];
}

/** Every key of a catalogue, dotted: "site.header.menu". */
export type MessageKey = KeysOf<Catalogue>;
type KeysOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeysOf<T[K]>}`;
}[keyof T & string];

/** The text at a dotted key of a catalogue, or undefined when there is none (for tests and tools). */
export function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** One text by its key, with `{placeholder}` parts filled; a placeholder without a value stays visible. */
export function t(lang: SiteLanguage, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(lookup(messagesFor(lang), key) ?? key, values);
}
