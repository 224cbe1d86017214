// Lighthouse on a phone (issue 18): the npm package (pinned, it runs on Node 20) drives Debian's
// Chromium with its default mobile emulation and simulated throttling, three runs per page, the
// median of each figure. The yardstick is the bare Next page of the same run (bench/bare-next.ts):
// on these slow two-core machines even a page with no code of ours scores in the low 80s, so the
// goal is relative to it (decision 0039).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import lighthouse from "lighthouse";

import { fixed, heading, table } from "./support";

export const LIGHTHOUSE_PAGES = [
  "/",
  "/kurse",
  "/kurse/professionell-telefonieren",
  "/anfrage",
  "/termine",
  "/erstgespraech",
];
const RUNS = 3;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** Goals: performance at least the bare page's minus this, TBT at most this factor of the bare page's. */
export const LIGHTHOUSE_GOAL = { performanceBelowBare: 3, tbtFactor: 1.3, otherScores: 100 };

type Figures = {
  performance: number;
  accessibility: number;
  "best-practices": number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits of the last run that failed outside performance, for fixing them. */
  failed: string[];
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function startChromium(port: number): Promise<{ stop: () => Promise<void> }> {
  const executable = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executable)) throw new Error(`No Chromium at ${executable} (apt-get install chromium)`);
  const profile = await mkdtemp(path.join(os.tmpdir(), "anliegen-lighthouse-"));
  const child = spawn(
    executable,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 200 || child.exitCode !== null) throw new Error("Chromium did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function audit(url: string, port: number): Promise<Figures> {
  const runs: Figures[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failed = Object.values(categories)
      .filter((category) => category.id !== "performance")
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id))
      .filter((id) => audits[id]?.score !== null && (audits[id]?.score ?? 1) < 1);
    runs.push({
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
      lcp: audits["largest-contentful-paint"]?.numericValue ?? NaN,
      tbt: audits["total-blocking-time"]?.numericValue ?? NaN,
      cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
      failed,
    });
  }
  const of = (key: Exclude<keyof Figures, "failed">) => median(runs.map((run) => run[key]));
  return {
    performance: of("performance"),
    accessibility: of("accessibility"),
    "best-practices": of("best-practices"),
    seo: of("seo"),
    lcp: of("lcp"),
    tbt: of("tbt"),
    cls: of("cls"),
    failed: [...new Set(runs.flatMap((run) => run.failed))],
  };
}

export async function benchLighthouse(
  appUrl: string,
  bare: { url: string; path: string },
  chromiumPort: number,
): Promise<{ met: boolean }> {
  heading(
    `Lighthouse ${RUNS} runs per page (median), mobile emulation with default throttling, Chromium from ${process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"}`,
  );
  const chromium = await startChromium(chromiumPort);
  try {
    const bareFigures = await audit(`${bare.url}${bare.path}`, chromiumPort);
    const rows: (string | number)[][] = [];
    const row = (page: string, figures: Figures, check: string) => [
      page,
      figures.performance,
      figures.accessibility,
      figures["best-practices"],
      figures.seo,
      `${fixed(figures.lcp, 0)} ms`,
      `${fixed(figures.tbt, 0)} ms`,
      fixed(figures.cls, 3),
      check,
      figures.failed.join(", ") || "-",
    ];
    rows.push(row(`bare Next page (${bare.path})`, bareFigures, "yardstick"));
    let met = true;
    for (const page of LIGHTHOUSE_PAGES) {
      const figures = await audit(`${appUrl}${page}`, chromiumPort);
      const misses = [
        figures.performance < bareFigures.performance - LIGHTHOUSE_GOAL.performanceBelowBare && "performance",
        figures.tbt > bareFigures.tbt * LIGHTHOUSE_GOAL.tbtFactor && "TBT",
        ...(["accessibility", "best-practices", "seo"] as const).map(
          (category) => figures[category] < LIGHTHOUSE_GOAL.otherScores && category,
        ),
      ].filter(Boolean);
      if (misses.length > 0) met = false;
      rows.push(row(page, figures, misses.length === 0 ? "met" : `missed: ${misses.join(", ")}`));
    }
    table(
      ["page", "performance", "accessibility", "best practices", "SEO", "LCP", "TBT", "CLS", "goal", "failed audits"],
      rows,
    );
    console.log(
      `Goal: performance >= bare - ${LIGHTHOUSE_GOAL.performanceBelowBare} (${bareFigures.performance - LIGHTHOUSE_GOAL.performanceBelowBare}), TBT <= ${LIGHTHOUSE_GOAL.tbtFactor} x bare (${fixed(bareFigures.tbt * LIGHTHOUSE_GOAL.tbtFactor, 0)} ms), accessibility, best practices and SEO ${LIGHTHOUSE_GOAL.otherScores}.`,
    );
    return { met };
  } finally {
    await chromium.stop();
  }
}
