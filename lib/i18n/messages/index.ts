// Every language's message catalogue (decision 0034). A catalogue is plain data, safe in the
// client bundle. de-CH is the source: another language's catalogue must have exactly its keys
// (the `Catalogue` type and tests/unit/i18n-catalogues.test.ts hold them together).
import { deCH } from "./de-CH";

/** A catalogue's shape: the source's keys, each with a text. */
export type Catalogue = ShapeOf<typeof deCH>;
type ShapeOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : ShapeOf<T[K]> };

export const catalogues = { "de-CH": deCH } satisfies Record<string, Catalogue>;

export type Locale = keyof typeof catalogues;
