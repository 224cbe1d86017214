import "server-only";

import { unstable_cache } from "next/cache";

import { contentTags } from "@/lib/catalogue/cache";

import { listOpenSessions } from "./queries";

// The list of open dates is served from the cache; every booking, cancellation and admin change
// refreshes the tag, and the hourly revalidation drops sessions that have started meanwhile.
export const cachedOpenSessions = unstable_cache(() => listOpenSessions(), ["open-sessions"], {
  tags: [contentTags.sessions],
  revalidate: 3600,
});
