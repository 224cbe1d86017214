import type { MetadataRoute } from "next";

import { getEnv } from "@/lib/env";

// Per request, so APP_URL is read at run time rather than frozen into the build.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = getEnv().APP_URL;
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api", "/dev"] },
    sitemap: new URL("/sitemap.xml", base).href,
  };
}
