// The consultant's own text against the rendered public site (issue 16): every sentence of
// content/consultant-text.de.txt, with only the corrections of content/corrections.json, stands
// word for word on some public page, or is listed with its reason in content/omissions.json.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { seedDemoContent } from "@/prisma/seed/seed";

import { startAppServer, type AppServer } from "../setup/app-server";
import { freePort } from "../setup/jobs";
import { corrections, normalise, omissions, sourceSentences, visibleText, wordPattern } from "../setup/source-text";

let server: AppServer;
const pages = new Map<string, string>();

beforeAll(async () => {
  await seedDemoContent(getDb());
  server = await startAppServer({
    port: await freePort(),
    databaseUrl: process.env.DATABASE_URL!,
    // Its own page cache: another run's cached pages must not answer for this database.
    separateBuild: "consultant-text",
  });
  // Every public page with an address: the sitemap lists them (fixed pages, courses, modules,
  // fields of activity, editable pages).
  const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  for (const path of paths) {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status, path).toBe(200);
    pages.set(path, await response.text());
  }
});

afterAll(async () => {
  await server?.stop();
});

describe("the consultant's text on the public site", () => {
  it("shows every sentence of his text word for word on some page, or lists it as a deliberate omission", () => {
    const texts = [...pages.values()].map(visibleText);
    const omitted = new Set(omissions.map((omission) => normalise(omission.text)));
    const sentences = sourceSentences();
    const missing = sentences.filter(
      (sentence) => !omitted.has(sentence) && !texts.some((text) => text.includes(sentence)),
    );
    expect(missing).toEqual([]);
    // An omission is only for what really is missing: a sentence that is shown leaves the list.
    const shownAnyway = [...omitted].filter((sentence) => texts.some((text) => text.includes(sentence)));
    expect(shownAnyway).toEqual([]);
  });

  it("shows none of the corrected slips", () => {
    const text = [...pages.values()].map(visibleText).join("\n");
    for (const { from } of corrections.words) expect(text.match(wordPattern(from)), from).toBeNull();
    expect(text).not.toContain("ß");
  });

  it("gives each field of activity its own page, linked from the home page and the catalogue", () => {
    const fieldPaths = [...pages.keys()].filter((path) => path.startsWith("/taetigkeitsfelder/"));
    expect(fieldPaths.sort()).toEqual(
      ["gewerbe", "kirchgemeinden", "kundendienst", "oeffentliche-verwaltung"].map(
        (slug) => `/taetigkeitsfelder/${slug}`,
      ),
    );
    for (const path of fieldPaths) {
      expect(pages.get("/"), path).toContain(`href="${path}"`);
      expect(pages.get("/kurse"), path).toContain(`href="${path}"`);
    }
    const administration = visibleText(pages.get("/taetigkeitsfelder/oeffentliche-verwaltung")!);
    expect(administration).toContain("Souverän im Kundenkontakt der öffentlichen Verwaltung");
    expect(administration).toContain("Auf einem kantonalen Passamt");
    expect(administration).toContain("C.M., Amt in der Bundesverwaltung");
  });

  it("serves the icons, the web manifest and a share card per course, linked from the page", async () => {
    for (const [file, type] of [
      ["/favicon.ico", "image/"],
      ["/favicon.svg", "image/svg+xml"],
      ["/apple-touch-icon.png", "image/png"],
      ["/site.webmanifest", ""],
    ] as const) {
      const response = await fetch(`${server.url}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type") ?? "", file).toContain(type);
    }
    const course = pages.get("/kurse/professionell-telefonieren")!;
    expect(course).toMatch(/<meta property="og:image" content="[^"]*\/api\/teilen\?kurs=professionell-telefonieren"/);
    expect(course).toContain('<meta name="twitter:card" content="summary_large_image"');
    expect(pages.get("/")).toContain('rel="manifest" href="/site.webmanifest"');
    for (const query of ["kurs=professionell-telefonieren", "feld=kirchgemeinden", "", "kurs=gibt-es-nicht"]) {
      const card = await fetch(`${server.url}/api/teilen?${query}`);
      expect(card.status, query).toBe(200);
      expect(card.headers.get("content-type"), query).toBe("image/png");
      const bytes = Buffer.from(await card.arrayBuffer());
      expect(bytes.subarray(1, 4).toString(), query).toBe("PNG");
      expect(bytes.readUInt32BE(16), query).toBe(1200);
    }
  });

  it("opens the home page with his opening paragraph and the course offer with the quote", () => {
    const home = visibleText(pages.get("/")!);
    expect(home.indexOf("Auf die Anliegen der Kunden eingehen")).toBeLessThan(
      home.indexOf("Mit Kundinnen und Kunden einen guten Kontakt aufbauen"),
    );
    const course = pages.get("/kurse/kundenkontakt-oeffentliche-verwaltung")!;
    expect(course).toMatch(/<blockquote[^>]*><p>Ein Kunde ist der wichtigste Besucher in unserem Hause\.<\/p>/);
    expect(visibleText(course)).toContain("Mahatma Gandhi");
  });
});
