import "server-only";

import { unstable_cache } from "next/cache";

import { contentTags } from "./cache";
import { getHomeContent } from "./queries";

// Cached reads for public pages (decision 0007). The uncached originals in queries.ts are what
// tests call; pages call these, which the revalidate functions refresh by tag.

export const cachedHomeContent = unstable_cache(getHomeContent, ["home-content"], {
  tags: [
    contentTags.courses,
    contentTags.fields,
    contentTags.stories,
    contentTags.testimonials,
    contentTags.referenceClients,
  ],
});
