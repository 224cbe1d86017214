// Public pages from Next's cache against a static file of exactly the same bytes, served by the
// same server (public/bench-reference/): the ratio shows what rendering costs beyond serving.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import type { AppServer } from "@/tests/setup/app-server";

import { BENCH_SECONDS, fixed, heading, load, table } from "./support";

export const PUBLIC_PAGES = [
  { name: "home", path: "/" },
  { name: "catalogue", path: "/kurse" },
  { name: "course", path: "/kurse/professionell-telefonieren" },
];

const REFERENCE_DIR = path.join(process.cwd(), "public", "bench-reference");

export const referencePath = (name: string) => `/bench-reference/${name}.html`;

/** Saves each page's cached HTML as a static file; the server lists public files at start. */
export async function writeReferences(server: AppServer): Promise<void> {
  await rm(REFERENCE_DIR, { recursive: true, force: true });
  await mkdir(REFERENCE_DIR, { recursive: true });
  for (const page of PUBLIC_PAGES) {
    await fetch(`${server.url}${page.path}`);
    const response = await fetch(`${server.url}${page.path}`);
    await writeFile(path.join(REFERENCE_DIR, `${page.name}.html`), Buffer.from(await response.arrayBuffer()));
  }
}

export async function removeReferences(): Promise<void> {
  await rm(REFERENCE_DIR, { recursive: true, force: true });
}

export async function benchPublicPages(server: AppServer): Promise<{ ratios: number[] }> {
  heading(`Public pages: 50 connections, ${BENCH_SECONDS} s each, reference = same bytes as a static file`);
  const rows: (string | number)[][] = [];
  const ratios: number[] = [];
  for (const page of PUBLIC_PAGES) {
    const warm = await fetch(`${server.url}${page.path}`);
    const cache = warm.headers.get("x-nextjs-cache");
    const bytes = (await warm.arrayBuffer()).byteLength;
    // Warm both up first (JIT, connection setup), so neither pays for it inside its measurement.
    await load({ url: `${server.url}${page.path}`, connections: 50, duration: 2 });
    await load({ url: `${server.url}${referencePath(page.name)}`, connections: 50, duration: 2 });
    const measured = await load({ url: `${server.url}${page.path}`, connections: 50 });
    const reference = await load({ url: `${server.url}${referencePath(page.name)}`, connections: 50 });
    const ratio = measured.requests.average / reference.requests.average;
    ratios.push(ratio);
    rows.push([
      page.path,
      cache ?? "-",
      `${fixed(bytes / 1024)} kB`,
      fixed(measured.requests.average, 0),
      `${measured.latency.p50} / ${measured.latency.p99}`,
      fixed(reference.requests.average, 0),
      `${reference.latency.p50} / ${reference.latency.p99}`,
      fixed(ratio, 2),
      measured.non2xx + measured.errors,
    ]);
  }
  table(
    ["page", "cache", "HTML", "req/s", "p50 / p99 ms", "ref req/s", "ref p50 / p99 ms", "ratio (>= 0.9)", "errors"],
    rows,
  );
  return { ratios };
}
