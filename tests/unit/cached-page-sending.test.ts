import { createServer, get, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { etagForHtml, withContentSecurityPolicy } from "@/lib/cache/page-cache-handler.mjs";
import { encodedBody, matchesEtag, sendCachedPagesCheaply } from "@/lib/http/whole-body.mjs";

// A page as Next sends a cached one: headers set first (the ETag from the cache entry), then the
// whole HTML as one string to `end`. The en dash makes it a string Node must encode (decision 0039).
const page = `<!DOCTYPE html><html><body>${"Anliegen – Kundenorientierung ".repeat(400)}</body></html>`;
const etag = etagForHtml(page);

let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    sendCachedPagesCheaply(request, response);
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    if (request.url !== "/without-etag") response.setHeader("ETag", etag);
    response.setHeader("Content-Length", Buffer.byteLength(page));
    response.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// node:http, not fetch: fetch adds "Cache-Control: no-cache" to any request with If-None-Match.
function request(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    get(`${url}${path}`, { headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    }).on("error", reject);
  });
}

describe("sending cached pages", () => {
  it("sends the page's bytes, encoded once per distinct body", async () => {
    const response = await request("/");
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe(etag);
    expect(response.body).toBe(page);
    expect(encodedBody(page)).toBe(encodedBody(page));
    expect(encodedBody(page).toString("utf8")).toBe(page);
  });

  it("answers 304 without a body when the browser has the page, and 200 when it has another", async () => {
    const same = await request("/", { "If-None-Match": `W/"other", ${etag}` });
    expect(same.status).toBe(304);
    expect(same.body).toBe("");
    const other = await request("/", { "If-None-Match": `"other"` });
    expect(other.status).toBe(200);
    expect(other.body).toBe(page);
    const reload = await request("/", { "If-None-Match": etag, "Cache-Control": "no-cache" });
    expect(reload.status).toBe(200);
  });

  it("gives no ETag to a client navigation (RSC) request and never 304 without an ETag", async () => {
    const rsc = await request("/", { RSC: "1", "If-None-Match": etag });
    expect(rsc.status).toBe(200);
    expect(rsc.headers.etag).toBeUndefined();
    const without = await request("/without-etag", { "If-None-Match": "*" });
    expect(without.status).toBe(200);
  });

  it("reads If-None-Match lists, weak tags and the wildcard", () => {
    expect(matchesEtag(`"a", W/"b"`, `"b"`)).toBe(true);
    expect(matchesEtag("*", `"b"`)).toBe(true);
    expect(matchesEtag(`"a"`, `"b"`)).toBe(false);
    expect(matchesEtag(undefined, `"b"`)).toBe(false);
  });

  it("gives a cached page its ETag once, with its policy", () => {
    const entry = withContentSecurityPolicy({ kind: "APP_PAGE", html: page, headers: { "x-next-cache-tags": "a" } });
    expect(entry.headers).toMatchObject({ etag, "x-next-cache-tags": "a" });
    expect((entry.headers as Record<string, string>)["content-security-policy"]).toContain("script-src 'self'");
    expect(etagForHtml(`${page} `)).not.toBe(etag);
  });
});
