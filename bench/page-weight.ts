// First-load JavaScript per public route: every script the page's HTML loads in a current browser
// (its <script src> without `nomodule`, and preloaded chunks), read from the build output in
// .next/static and gzipped. Budget 120 kB.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

import type { AppServer } from "@/tests/setup/app-server";

import { fixed, heading, table } from "./support";

export const BUDGET_KB = 120;

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

export async function benchPageWeight(server: AppServer): Promise<{ worstKb: number }> {
  heading(`First-load JavaScript per public route (gzip, from .next/static), budget ${BUDGET_KB} kB`);
  const rows: (string | number)[][] = [];
  let worstKb = 0;
  for (const route of ROUTES) {
    const response = await fetch(`${server.url}${route}`);
    if (response.status !== 200) {
      rows.push([route, `HTTP ${response.status}`, "-", "-", "-"]);
      continue;
    }
    const chunks = scriptChunks(await response.text());
    let raw = 0;
    let gzip = 0;
    let brotli = 0;
    for (const chunk of chunks) {
      const file = await readFile(
        path.join(process.cwd(), ".next", decodeURIComponent(chunk.replace(/^\/_next\//, ""))),
      );
      raw += file.byteLength;
      gzip += gzipSync(file, { level: 9 }).byteLength;
      brotli += brotliCompressSync(file).byteLength;
    }
    const kb = gzip / 1024;
    worstKb = Math.max(worstKb, kb);
    rows.push([
      route,
      chunks.length,
      `${fixed(raw / 1024)} kB`,
      `${fixed(kb)} kB`,
      fixed(kb / BUDGET_KB, 2),
      `${fixed(brotli / 1024)} kB`,
    ]);
  }
  // Brotli (what current browsers are usually sent) for information; the budget is gzip.
  table(["route", "scripts", "raw", "gzip", `ratio to ${BUDGET_KB} kB (<= 1)`, "brotli"], rows);
  return { worstKb };
}
