// Public pages and the components they use take their texts from the message catalogue of their
// [lang] segment (decision 0034): a German sentence written into one of them would stay German in
// every language. The sources are parsed with the TypeScript compiler; a "sentence" is a string
// literal, template or JSX text of three or more words that reads as German. The consultant's own
// text (content/consultant-text.de.txt) is content, not a message, and may stand as he wrote it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

import { normalise, sourceSentences } from "../setup/source-text";

const root = path.resolve(__dirname, "../..");
const PUBLIC_DIR = "app/(public)";
/**
 * The public site's components whose texts moved to the catalogue too (decision 0034, step 2).
 * The proposal document and the engagement steps (shared with the admin area) have not moved yet;
 * add them here once they have. The form kit reads its words from the catalogue's `form` area.
 */
const PUBLIC_COMPONENTS = [
  "app/not-found.tsx",
  "components/content",
  "components/booking",
  "components/inquiry",
  "components/after-course/feedback-form.tsx",
  "components/after-course/follow-up-form.tsx",
  "components/after-course/portal-certificates.tsx",
  "components/invoicing/portal-invoices.tsx",
  "components/proposals/portal-response.tsx",
  "components/engagement/engagement-overview.tsx",
  "components/engagement/registration-link-note.tsx",
  "components/registration/portal-participants.tsx",
  "components/registration/team-registration-form.tsx",
  "components/form",
];

/** Literals that may stay, each with its reason. Keep this short. */
const ALLOWED: { text: string; reason: string }[] = [];

/** German by its letters or its small words; developers' English and class names are not. */
const germanMarker =
  /[äöüÄÖÜ]|\b(und|oder|Sie|Ihre?[nrs]?|Bitte|bitte|nicht|der|die|das|ist|sind|eine?n?|mit|für|zum|zur|wir|ich|Kurs|Kurse)\b/;
const word = /\p{L}{2,}/gu;

function isGermanSentence(text: string): boolean {
  return (text.match(word) ?? []).length >= 3 && germanMarker.test(text);
}

type Literal = { file: string; line: number; text: string };

/** Every text a visitor could read that a file spells out itself: string literals, templates, JSX text. */
function literalsOf(file: string, sourceText: string): Literal[] {
  const source = ts.createSourceFile(file, sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string) => {
    if (isGermanSentence(text)) {
      found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isJsxText(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      // A template is one sentence with gaps: `Guten Tag ${name}, …` reads as "Guten Tag {}, …".
      add(node, node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join(""));
      for (const span of node.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function pageFiles(dir: string): string[] {
  if (/\.tsx?$/.test(dir)) return [dir];
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(relative);
    // The benchmark's reference page (decision 0016) is a fixed test page, never built for visitors.
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".bench.tsx") ? [relative] : [];
  });
}

const consultantText = sourceSentences().join(" ");
/** His words, possibly a sentence cut short with a full stop (the home page's description). */
const isConsultantText = (text: string) => consultantText.includes(normalise(text).replace(/(?<!\.)\.$/, ""));

describe("public pages' own texts", () => {
  const files = [PUBLIC_DIR, ...PUBLIC_COMPONENTS].flatMap(pageFiles);

  it("reads the public pages and their components", () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain(path.join(PUBLIC_DIR, "[lang]", "anfrage", "page.tsx"));
    expect(files).toContain(path.join("components", "inquiry", "form-parts.tsx"));
  });

  it("spell out no German sentence: they read it from the catalogue", () => {
    const literals = files.flatMap((file) => literalsOf(file, readFileSync(path.join(root, file), "utf8")));
    const stray = literals.filter(
      (literal) => !isConsultantText(literal.text) && !ALLOWED.some((allowed) => allowed.text === literal.text),
    );
    expect(stray.map((literal) => `${literal.file}:${literal.line}: ${literal.text}`)).toEqual([]);
  });

  it("would catch one, and leaves code alone", () => {
    const sample = `
      import { Heading } from "@/components/ui/heading";
      export const metadata = { title: "Anfrage erhalten" };
      export function Page({ name }: { name: string }) {
        return (
          <div className="mt-4 max-w-3xl text-lg" id="danke-titel">
            <Heading>Vielen Dank für Ihre Anfrage</Heading>
            <p title={\`Guten Tag \${name}, schön, dass Sie da sind\`}>{name}</p>
          </div>
        );
      }`;
    expect(literalsOf("sample.tsx", sample).map((literal) => literal.text)).toEqual([
      "Vielen Dank für Ihre Anfrage",
      "Guten Tag {}, schön, dass Sie da sind",
    ]);
  });

  it("lets the consultant's own words stand as he wrote them", () => {
    expect(isConsultantText("Geschichten von Kundenkontakten...")).toBe(true);
    expect(isConsultantText("Vielen Dank für Ihre Anfrage")).toBe(false);
  });
});
