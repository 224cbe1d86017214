import "server-only";

import { unstable_cache } from "next/cache";

import { contentTags } from "@/lib/catalogue/cache";

import { listOpenSessions } from "./queries";

// The open dates (all of them for /termine, one course's for its page) are served from the cache;
// every booking, cancellation and admin change refreshes the tag. "Upcoming" depends on the clock,
// so the list also expires hourly: a date that has begun drops off without anyone editing anything.
export const cachedOpenSessions = unstable_cache(
  (courseSlug?: string) => listOpenSessions({ courseSlug }),
  ["open-sessions"],
  { tags: [contentTags.sessions, contentTags.courses], revalidate: 3600 },
);
