import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { pathToRegexp } from "next/dist/compiled/path-to-regexp";
import { describe, expect, it } from "vitest";

import { withContentSecurityPolicy } from "@/lib/cache/page-cache-handler.mjs";
import { createNonce, hashPolicyForHtml, inlineScriptHashes, noncePolicy } from "@/lib/security/csp.mjs";
import { isRenderedPerRequest } from "@/lib/site";
import { config as proxyConfig } from "@/proxy";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("content security policy", () => {
  it("allows Next's scripts by nonce on per-request pages, never by 'unsafe-inline'", () => {
    const nonce = createNonce();
    const policy = noncePolicy(nonce);
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toContain("unsafe-eval");
    expect(noncePolicy(nonce, true)).toContain("'unsafe-eval'");
  });

  it("gives every response its own nonce", () => {
    const nonces = new Set(Array.from({ length: 200 }, () => createNonce()));
    expect(nonces.size).toBe(200);
  });

  it("hashes exactly the inline scripts of a cached document, not external or data scripts", () => {
    const html = [
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
      '<script>self.__next_f.push([1,"a\\u003cb"])</script>',
      '<script type="application/ld+json">{"@type":"Course"}</script>',
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([
      sha("(self.__next_f=self.__next_f||[]).push([0])"),
      sha('self.__next_f.push([1,"a\\u003cb"])'),
    ]);
    const policy = hashPolicyForHtml(html);
    expect(policy).toContain(`script-src 'self' ${sha("(self.__next_f=self.__next_f||[]).push([0])")}`);
    expect(policy).not.toContain("nonce-");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("adds the policy to cached page entries only, and keeps their other headers", () => {
    const page = { kind: "APP_PAGE", html: "<script>go()</script>", headers: { "x-next-cache-tags": "a,b" } };
    withContentSecurityPolicy(page);
    expect(page.headers["x-next-cache-tags"]).toBe("a,b");
    expect((page.headers as Record<string, string>)["content-security-policy"]).toContain(sha("go()"));
    const fetchEntry = { kind: "FETCH", data: { body: "<script>go()</script>" } };
    expect(withContentSecurityPolicy(fetchEntry)).toEqual({ kind: "FETCH", data: { body: "<script>go()</script>" } });
  });
});

const PER_REQUEST_SAMPLES = [
  "/admin",
  "/admin/termine",
  "/api/health",
  "/dev/mail",
  "/erstgespraech",
  "/termine/abc",
  "/buchung/tok",
  "/termin/tok",
  "/anfrage",
  "/portal/tok",
  "/rueckmeldung/tok",
  "/nachbereitung/tok",
];
const CACHED_SAMPLES = ["/", "/kurse", "/kurse/fuehren", "/termine", "/inhalte/x", "/datenschutz", "/administration"];

describe("which addresses get a nonce", () => {
  it("gives one to the admin area, route handlers and public pages rendered per request", () => {
    for (const pathname of PER_REQUEST_SAMPLES) expect(isRenderedPerRequest(pathname), pathname).toBe(true);
  });

  it("leaves the cached pages to their cached hash policy", () => {
    for (const pathname of CACHED_SAMPLES) expect(isRenderedPerRequest(pathname), pathname).toBe(false);
  });

  it("knows every public page that is rendered per request", async () => {
    const root = path.resolve("app/(public)/[lang]");
    const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith("page.tsx"));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const source = await readFile(path.join(root, file), "utf8");
      if (!/dynamic\s*=\s*"force-dynamic"|await connection\(\)/.test(source)) continue;
      const address = `/${path.dirname(file)}`.replace(/\[[^\]]+\]/g, "x");
      expect(isRenderedPerRequest(address), `${file} renders per request`).toBe(true);
    }
  });
});

describe("which requests run proxy.ts", () => {
  const paths = proxyConfig.matcher.filter((entry): entry is string => typeof entry === "string");
  const runsProxy = (pathname: string) => paths.some((source) => pathToRegexp(source).test(pathname));

  it("runs it exactly where a page is rendered per request, so cached documents skip it", () => {
    for (const pathname of [...PER_REQUEST_SAMPLES, ...CACHED_SAMPLES])
      expect(runsProxy(pathname), pathname).toBe(isRenderedPerRequest(pathname));
  });

  it("runs it for server actions posted from any page", () => {
    const action = proxyConfig.matcher.find((entry) => typeof entry !== "string");
    expect(action?.has).toEqual([{ type: "header", key: "next-action" }]);
  });
});
