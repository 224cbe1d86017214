// Next's own file-system cache, plus one thing: every cached page carries the
// Content-Security-Policy that allows exactly its inline scripts (by SHA-256 hash). A nonce would
// force each page to be rendered per request; a hash is fixed with the rendered document, so the
// page stays cached and still runs no injected inline script. Decision 0014.
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

import { hashPolicyForHtml } from "../security/csp.mjs";

const BaseCache = FileSystemCache.default ?? FileSystemCache;
const CSP = "content-security-policy";

/** Adds the policy to a cached page entry in place (Next serves `headers` with the page). */
export function withContentSecurityPolicy(value) {
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  if (value.headers?.[CSP]) return value;
  value.headers = { ...value.headers, [CSP]: hashPolicyForHtml(value.html) };
  return value;
}

export default class PageCacheHandler extends BaseCache {
  async get(...args) {
    const entry = await super.get(...args);
    if (entry?.value) withContentSecurityPolicy(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    // The same object is served as the response of the render that produced it.
    withContentSecurityPolicy(data);
    return super.set(key, data, ctx);
  }
}
