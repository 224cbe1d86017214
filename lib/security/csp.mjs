// Content-Security-Policy shared by proxy.ts (pages rendered per request: a fresh nonce each time)
// and lib/cache/page-cache-handler.mjs (cached pages: the SHA-256 hashes of their inline scripts).
// Plain JavaScript because Next loads the cache handler with Node's own loader. Decision 0014.
import { createHash, randomBytes } from "node:crypto";

/** A fresh, unguessable nonce for one response. */
export function createNonce() {
  return randomBytes(18).toString("base64");
}

/**
 * The policy. `scriptSources` are the nonce or hash sources that allow Next's inline scripts;
 * nothing ever allows inline script by 'unsafe-inline'. Styles may be inline (React style props).
 */
export function contentSecurityPolicy({ scriptSources, strictDynamic = false, dev = false }) {
  const script = ["'self'", ...scriptSources];
  if (strictDynamic) script.push("'strict-dynamic'");
  // React's development build reconstructs server stacks with eval; production never needs it.
  if (dev) script.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function noncePolicy(nonce, dev = false) {
  return contentSecurityPolicy({ scriptSources: [`'nonce-${nonce}'`], strictDynamic: true, dev });
}

// Inline scripts: a <script> without src. Their text is hashed exactly as it stands in the
// document, which is what the browser hashes.
const SCRIPT_PATTERN = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(SCRIPT_PATTERN)) {
    const attributes = match[1] ?? "";
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(` ${attributes}`)?.[1]?.toLowerCase();
    // Data blocks (JSON-LD) are never executed, so they need no permission.
    if (type && type !== "module" && !type.includes("javascript")) continue;
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(match[2] ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return [...hashes];
}

/** The policy of a cached page: exactly the inline scripts it was rendered with may run. */
export function hashPolicyForHtml(html) {
  return contentSecurityPolicy({ scriptSources: inlineScriptHashes(html) });
}
