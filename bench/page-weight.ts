// First-load JavaScript per public route: every script the page's HTML loads in a current browser
// (its <script src> without `nomodule`, and preloaded chunks), read from the build output in
// .next/static and gzipped. The framework's floor is the same figure for a bare App Router page
// built in the same run (bench/bare-next.ts); our share is a route's figure minus the floor
// (decision 0026): at most 10 kB gzip on content pages, 25 kB on the form pages.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

import type { AppServer } from "@/tests/setup/app-server";

import { fixed, heading, table } from "./support";

/** Our share of first-load JavaScript, gzip, per kind of page (issue 18). */
export const SHARE_BUDGET_KB = { content: 10, form: 25 };
const FORM_ROUTES = new Set(["/erstgespraech", "/anfrage"]);

const ROUTES = [
  "/",
  "/kurse",
  "/kurse/professionell-telefonieren",
  "/inhalte",
  "/geschichten",
  "/kundenstimmen",
  "/datenschutz",
  "/termine",
  "/erstgespraech",
  "/anfrage",
];

function scriptChunks(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script([^>]+)>/g)) {
    const attributes = match[1]!;
    // Polyfills carry `nomodule`: browsers that run modules (all current ones) never load them.
    if (/\bnomodule\b/i.test(attributes)) continue;
    const source = /src="(\/_next\/static\/[^"]+\.js)[^"]*"/.exec(attributes)?.[1];
    if (source) sources.add(source);
  }
  for (const match of html.matchAll(
    /<link[^>]+rel="(?:modulepreload|preload)"[^>]+href="(\/_next\/static\/[^"]+\.js)[^"]*"/g,
  ))
    sources.add(match[1]!);
  for (const match of html.matchAll(
    /<link[^>]+href="(\/_next\/static\/[^"]+\.js)[^"]*"[^>]+rel="(?:modulepreload|preload)"/g,
  ))
    sources.add(match[1]!);
  return [...sources];
}

type Weight = { scripts: number; raw: number; gzip: number; brotli: number };

async function weigh(html: string, buildDir: string): Promise<Weight> {
  const chunks = scriptChunks(html);
  const weight = { scripts: chunks.length, raw: 0, gzip: 0, brotli: 0 };
  for (const chunk of chunks) {
    const file = await readFile(path.join(buildDir, ".next", decodeURIComponent(chunk.replace(/^\/_next\//, ""))));
    weight.raw += file.byteLength;
    weight.gzip += gzipSync(file, { level: 9 }).byteLength;
    weight.brotli += brotliCompressSync(file).byteLength;
  }
  return weight;
}

const kb = (bytes: number) => `${fixed(bytes / 1024)} kB`;

export async function benchPageWeight(
  server: AppServer,
  bare: { dir: string; floorHtml: string },
): Promise<{ overBudget: string[] }> {
  const floor = await weigh(bare.floorHtml, bare.dir);
  heading(
    `First-load JavaScript per public route (gzip, from .next/static); framework floor = a bare App Router page: ${kb(floor.gzip)} (${floor.scripts} scripts, brotli ${kb(floor.brotli)})`,
  );
  const rows: (string | number)[][] = [];
  const overBudget: string[] = [];
  for (const route of ROUTES) {
    const response = await fetch(`${server.url}${route}`);
    if (response.status !== 200) {
      rows.push([route, `HTTP ${response.status}`, "-", "-", "-", "-", "-"]);
      continue;
    }
    const weight = await weigh(await response.text(), process.cwd());
    const share = (weight.gzip - floor.gzip) / 1024;
    const budget = FORM_ROUTES.has(route) ? SHARE_BUDGET_KB.form : SHARE_BUDGET_KB.content;
    if (share > budget) overBudget.push(route);
    rows.push([
      route,
      weight.scripts,
      kb(weight.raw),
      kb(weight.gzip),
      `${fixed(share)} kB`,
      `${budget} kB`,
      share <= budget ? "met" : "over",
      kb(weight.brotli - floor.brotli),
    ]);
  }
  // Brotli (what current browsers are usually sent) for information; the budget is gzip.
  table(["route", "scripts", "raw", "gzip", "our share (gzip)", "budget", "", "our share (brotli)"], rows);
  return { overBudget };
}
