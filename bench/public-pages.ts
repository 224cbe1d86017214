// Cached public pages against the framework's ceiling: a page that a bare Next app (bench/bare-next.ts,
// decision 0026) prerendered with the same number of HTML bytes, served by `next start` beside the app
// and measured alternately with it in the same run. The ratio shows everything a cached public page
// costs beyond the framework: proxy.ts, rewrites, header rules, the cache handler, our server.
import type { AppServer } from "@/tests/setup/app-server";

import { BENCH_SECONDS, fixed, heading, load, table } from "./support";

export const PUBLIC_PAGES = [
  { name: "home", path: "/" },
  { name: "catalogue", path: "/kurse" },
  { name: "course", path: "/kurse/professionell-telefonieren" },
];

/** The goal of issue 18: a cached public page serves at least this share of the bare page's requests. */
export const CEILING_TARGET = 0.6;

export type PageSize = { path: string; bytes: number; cache: string };

/** Each public page's HTML size once it is cached (the second request), for the bare twins. */
export async function publicPageSizes(server: AppServer): Promise<PageSize[]> {
  const sizes: PageSize[] = [];
  for (const page of PUBLIC_PAGES) {
    await fetch(`${server.url}${page.path}`);
    const warm = await fetch(`${server.url}${page.path}`);
    sizes.push({
      path: page.path,
      cache: warm.headers.get("x-nextjs-cache") ?? "-",
      bytes: (await warm.arrayBuffer()).byteLength,
    });
  }
  return sizes;
}

type Halves = { requests: number; p50: number; p99: number; failures: number };

/** Two alternating halves each, so a change of machine load in between hits both alike. */
async function alternate(urls: [string, string]): Promise<[Halves, Halves]> {
  const totals: [Halves, Halves] = [
    { requests: 0, p50: 0, p99: 0, failures: 0 },
    { requests: 0, p50: 0, p99: 0, failures: 0 },
  ];
  for (let round = 0; round < 2; round += 1) {
    for (const index of [0, 1] as const) {
      const result = await load({ url: urls[index], connections: 50, duration: BENCH_SECONDS / 2 });
      const total = totals[index];
      total.requests += result.requests.average / 2;
      total.p50 += result.latency.p50 / 2;
      total.p99 = Math.max(total.p99, result.latency.p99);
      total.failures += result.non2xx + result.errors;
    }
  }
  return totals;
}

export async function benchPublicPages(
  server: AppServer,
  sizes: PageSize[],
  bare: { url: string; pages: { path: string; bytes: number }[] },
): Promise<{ ratios: number[] }> {
  heading(
    `Public pages: 50 connections, ${BENCH_SECONDS} s each, reference = the same bytes prerendered by a bare Next app`,
  );
  const rows: (string | number)[][] = [];
  const ratios: number[] = [];
  for (const [index, page] of sizes.entries()) {
    const reference = bare.pages[index]!;
    const urls: [string, string] = [`${server.url}${page.path}`, `${bare.url}${reference.path}`];
    // Warm both up first (JIT, connection setup), so neither pays for it inside its measurement.
    for (const url of urls) await load({ url, connections: 50, duration: 2 });
    const [measured, referenceLoad] = await alternate(urls);
    const ratio = measured.requests / referenceLoad.requests;
    ratios.push(ratio);
    rows.push([
      page.path,
      page.cache,
      `${fixed(page.bytes / 1024)} kB`,
      fixed(measured.requests, 0),
      `${fixed(measured.p50, 0)} / ${measured.p99}`,
      `${fixed(reference.bytes / 1024)} kB`,
      fixed(referenceLoad.requests, 0),
      `${fixed(referenceLoad.p50, 0)} / ${referenceLoad.p99}`,
      fixed(ratio, 2),
      measured.failures + referenceLoad.failures,
    ]);
  }
  table(
    [
      "page",
      "cache",
      "HTML",
      "req/s",
      "p50 / p99 ms",
      "bare page",
      "bare req/s",
      "bare p50 / p99 ms",
      `ratio (>= ${CEILING_TARGET})`,
      "errors",
    ],
    rows,
  );
  return { ratios };
}
