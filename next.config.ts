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
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "mailparser", "nodemailer", "graphile-worker"],
};

export default nextConfig;
