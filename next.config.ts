import path from "node:path";

import type { NextConfig } from "next";

import { NON_SITE_PREFIXES } from "./lib/site";

const outsideSite = NON_SITE_PREFIXES.map((prefix) => `${prefix}(?:/|$)`).join("|");

// Headers that are the same on every response, so cached pages keep them without a render.
// The Content-Security-Policy differs per page: proxy.ts (nonce) and the cache handler (hashes).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
];

const nextConfig: NextConfig = {
  // BENCH_REFERENCE=1 at build time adds the benchmark's static reference page (`*.bench.tsx`,
  // decision 0016); production builds leave it out.
  pageExtensions:
    process.env.BENCH_REFERENCE === "1" ? ["tsx", "ts", "jsx", "js", "bench.tsx"] : ["tsx", "ts", "jsx", "js"],
  poweredByHeader: false,
  // Next would hash the whole HTML of a cached page in JavaScript on every request for its ETag;
  // the cache handler gives each cached page one once, our HTTP server answers 304 (decision 0039).
  generateEtags: false,
  reactStrictMode: true,
  // Next's file-system cache plus the script-hash policy of each cached page (decision 0014).
  cacheHandler: path.resolve("lib/cache/page-cache-handler.mjs"),
  // Uploaded pictures (decision 0033): stored once as WebP at most 1600 px wide, served by
  // /api/bilder/<hash>; next/image offers each browser AVIF or WebP at the width it needs. The hash
  // address never changes its bytes, so optimized copies may be kept for a year. No other local
  // path and no remote host may be optimized; SVG never is.
  images: {
    formats: ["image/avif", "image/webp"],
    localPatterns: [{ pathname: "/api/bilder/*", search: "" }],
    remotePatterns: [],
    deviceSizes: [640, 828, 1080, 1280, 1600],
    imageSizes: [160, 256, 384],
    qualities: [75],
    minimumCacheTTL: 31536000,
    dangerouslyAllowSVG: false,
  },
  // Server actions keep Next's 1 MB body limit: the picture upload of admin (8 MB) has its own
  // route handler with its own limit (app/api/admin/bilder, lib/body-limit.mjs, decision 0033).
  // The business details moved into the settings (decision 0025); old bookmarks still arrive.
  async redirects() {
    return [{ source: "/admin/geschaeftsangaben", destination: "/admin/einstellungen", permanent: true }];
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        // HSTS only means something over HTTPS; behind a TLS proxy that is X-Forwarded-Proto.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
  // The Prisma client and the pg driver stay plain Node modules on the server.
  async rewrites() {
    return {
      beforeFiles: [],
      // Public addresses are served by the app/(public)/[lang] segment; see lib/site.ts.
      afterFiles: [{ source: `/:path((?!${outsideSite}).*)`, destination: "/de/:path" }],
      fallback: [],
    };
  },
  // pdfkit reads its font metrics from its own folder at run time.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "mailparser", "nodemailer", "graphile-worker", "pdfkit"],
};

export default nextConfig;
