// Every text a person reads is Swiss Standard German: no "ß" anywhere, and none of the English words
// that slip into German interfaces ("Submit", "Loading", ...). The sources are parsed with the
// TypeScript compiler, so only string literals and JSX text count, never comments or identifiers.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/** Where user-facing text lives: pages, components, mails, lib/ (labels, messages, schemas) and the seeded content. */
const SOURCE_DIRS = ["app", "components", "emails", "lib", "prisma/seed"];
const SKIPPED_DIRS = new Set(["generated", "node_modules"]);

/** Words an English-speaking developer leaves behind; German has its own for each (Senden, Abbrechen, ...). */
const ENGLISH_WORDS = ["Submit", "Cancel", "Loading", "Error", "Save", "Delete", "Booking", "Email", "Please"];
const englishWord = new RegExp(`\\b(${ENGLISH_WORDS.join("|")})\\b`);

/** A string that reads as German text: developers' English (log lines, thrown errors) stays out of the check. */
const germanText = /[äöüÄÖÜ]|\b(und|oder|Sie|Ihre?n?|Bitte|bitte|nicht|der|die|das|ist|sind|eine?|mit|für|zum|zur)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(relative);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [relative] : [];
  });
}

type Text = { file: string; line: number; text: string };

/** The first argument of .replace("ß", ...) is a pattern to remove, not a text anyone reads. */
function isReplacePattern(node: ts.Node): boolean {
  const call = node.parent;
  return (
    ts.isCallExpression(call) &&
    call.arguments[0] === node &&
    ts.isPropertyAccessExpression(call.expression) &&
    /^replace(All)?$/.test(call.expression.name.text)
  );
}

function textsOf(file: string): Text[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(root, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const texts: Text[] = [];
  const add = (node: ts.Node, text: string) => {
    if (text.trim() && !isReplacePattern(node)) {
      texts.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) add(node, node.text);
    else if (ts.isJsxText(node)) add(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

const allTexts = SOURCE_DIRS.flatMap(sourceFiles).flatMap(textsOf);
const where = (found: Text[]) => found.map((entry) => `${entry.file}:${entry.line}: ${entry.text.trim()}`);

describe("German user-facing strings", () => {
  it("reads the sources it guards", () => {
    // A broken walk would pass every check below; these texts are known to exist.
    expect(allTexts.length).toBeGreaterThan(1000);
    expect(allTexts.some((entry) => entry.file.startsWith("emails") && entry.text.includes("Freundliche Grüsse"))).toBe(
      true,
    );
    expect(allTexts.some((entry) => entry.file.startsWith("components") && /Technischer Fehler/.test(entry.text))).toBe(
      true,
    );
    // The public pages' own texts live in the message catalogue (decision 0034).
    const pageCatalogue = path.join("lib", "i18n", "messages", "de-CH", "pages");
    expect(allTexts.some((entry) => entry.file.startsWith(pageCatalogue) && /Anfrage senden/.test(entry.text))).toBe(
      true,
    );
  });

  it("writes ss, never ß (Swiss Standard German)", () => {
    expect(where(allTexts.filter((entry) => entry.text.includes("ß")))).toEqual([]);
  });

  it("has no English words in German text", () => {
    const german = allTexts.filter((entry) => germanText.test(entry.text) || entry.file.endsWith(".tsx"));
    expect(where(german.filter((entry) => englishWord.test(entry.text)))).toEqual([]);
  });

  it("would catch both", () => {
    // The checks themselves, on texts as they would slip in.
    expect(englishWord.test("Bitte warten, Loading …")).toBe(true);
    expect(englishWord.test("Booking bestätigt")).toBe(true);
    expect(englishWord.test("E-Mail-Adresse")).toBe(false);
    expect(germanText.test("Ihre Buchung ist bestätigt")).toBe(true);
    expect(germanText.test("Not an amount in centimes")).toBe(false);
  });
});
