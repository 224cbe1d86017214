import type { MetadataRoute } from "next";

import { cachedPublicAddresses } from "@/lib/catalogue/cached";
import { getEnv } from "@/lib/env";
import { buildSitemap } from "@/lib/seo/sitemap";

// Rendered per request so the build needs no database; the data comes from the cache and is
// refreshed with the courses, library and pages tags (decision 0007).
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap(getEnv().APP_URL, await cachedPublicAddresses());
}
