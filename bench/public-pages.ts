// Public pages from Next's cache against a static page of the same size served by the same server:
// app/(public)/[lang]/bench-reference/[size], prerendered at `next build` when BENCH_REFERENCE=1 (decision
// 0016). Both go through the same rewrite, [lang] segment, proxy.ts, headers and layouts; the ratio shows what a cached
// public page costs beyond a page that Next serves as a prerendered file.
import type { AppServer } from "@/tests/setup/app-server";

import { BENCH_SECONDS, fixed, heading, load, table } from "./support";

export const PUBLIC_PAGES = [
  { name: "home", path: "/" },
  { name: "catalogue", path: "/kurse" },
  { name: "course", path: "/kurse/professionell-telefonieren" },
];

const REFERENCE_SIZES_KB = Array.from({ length: 56 }, (_, index) => 20 + index * 2);

/** The prerendered reference page whose HTML size is closest to `bytes`. */
async function referenceFor(server: AppServer, bytes: number): Promise<{ path: string; bytes: number }> {
  const nearby = REFERENCE_SIZES_KB.filter((size) => Math.abs(size - bytes / 1024) <= 40);
  let best: { path: string; bytes: number } | undefined;
  for (const size of nearby) {
    const path = `/bench-reference/${size}`;
    const response = await fetch(`${server.url}${path}`);
    if (response.status !== 200) {
      throw new Error(`${path} answers ${response.status}: build with BENCH_REFERENCE=1 (npm run bench does that)`);
    }
    const length = (await response.arrayBuffer()).byteLength;
    if (!best || Math.abs(length - bytes) < Math.abs(best.bytes - bytes)) best = { path, bytes: length };
  }
  if (!best) throw new Error(`no reference size near ${bytes} bytes`);
  return best;
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

export async function benchPublicPages(server: AppServer): Promise<{ ratios: number[] }> {
  heading(`Public pages: 50 connections, ${BENCH_SECONDS} s each, reference = prerendered page of the same size`);
  const rows: (string | number)[][] = [];
  const ratios: number[] = [];
  for (const page of PUBLIC_PAGES) {
    await fetch(`${server.url}${page.path}`);
    const warm = await fetch(`${server.url}${page.path}`);
    const cache = warm.headers.get("x-nextjs-cache");
    const bytes = (await warm.arrayBuffer()).byteLength;
    const reference = await referenceFor(server, bytes);
    const urls: [string, string] = [`${server.url}${page.path}`, `${server.url}${reference.path}`];
    // Warm both up first (JIT, connection setup), so neither pays for it inside its measurement.
    for (const url of urls) await load({ url, connections: 50, duration: 2 });
    const [measured, referenceLoad] = await alternate(urls);
    const ratio = measured.requests / referenceLoad.requests;
    ratios.push(ratio);
    rows.push([
      page.path,
      cache ?? "-",
      `${fixed(bytes / 1024)} kB`,
      fixed(measured.requests, 0),
      `${fixed(measured.p50, 0)} / ${measured.p99}`,
      `${reference.path} (${fixed(reference.bytes / 1024)} kB)`,
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
      "reference",
      "ref req/s",
      "ref p50 / p99 ms",
      "ratio (>= 0.9)",
      "errors",
    ],
    rows,
  );
  return { ratios };
}
