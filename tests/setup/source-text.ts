// The consultant's own text (content/consultant-text.de.txt) as sentences, with the corrections of
// content/corrections.json applied, and the visible text of a rendered page, both normalised the
// same way (whitespace, quotation marks, dashes), so "appears word for word" is a substring test.
import { readFileSync } from "node:fs";
import path from "node:path";

const CONTENT = path.join(process.cwd(), "content");

type Change = { from: string; to: string };
type Corrections = { words: Change[]; characters: Change[] };
type Omissions = { omissions: { text: string; reason: string }[] };

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(CONTENT, file), "utf8")) as T;
}

export const corrections = readJson<Corrections>("corrections.json");
export const omissions = readJson<Omissions>("omissions.json").omissions;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A whole word: not inside another word (letters incl. umlauts). */
export const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}])${escape(word)}(?![\\p{L}])`, "gu");

export function applyCorrections(text: string): string {
  let result = text;
  for (const { from, to } of corrections.words) result = result.replace(wordPattern(from), to);
  for (const { from, to } of corrections.characters) result = result.replaceAll(from, to);
  return result;
}

/** Same text, same string: spaces collapsed, quotation marks dropped, dashes and ellipses unified. */
export function normalise(text: string): string {
  return text
    .replace(/[\u00a0\u202f\s]+/g, " ")
    .replace(/["„“”«»‹›]/g, "")
    .replace(/[–—]/g, "-")
    .replace(/…/g, "...")
    .replace(/ +/g, " ")
    .trim();
}

/**
 * The source's sentences: one line is a heading, a list item or a paragraph; paragraphs split after
 * ".", "!" or "?" when a capital or a quotation follows (so "z.B. mit" stays whole).
 */
export function sourceSentences(): string[] {
  const source = readFileSync(path.join(CONTENT, "consultant-text.de.txt"), "utf8");
  return applyCorrections(source)
    .split(/\r?\n/)
    .map((line) => line.replace(/^- /, "").trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.!?]["»“]?)\s+(?=["„«]?[A-ZÄÖÜ])/u))
    .map(normalise)
    .filter(Boolean);
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** What a visitor reads on a page: the HTML without scripts, styles, comments and tags. */
export function visibleText(html: string): string {
  const text = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
      if (code.startsWith("#x") || code.startsWith("#X")) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
      return entities[code.toLowerCase()] ?? match;
    });
  return normalise(text);
}
