import type { NextConfig } from "next";

import { NON_SITE_PREFIXES } from "./lib/site";

const outsideSite = NON_SITE_PREFIXES.map((prefix) => `${prefix}(?:/|$)`).join("|");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
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
