import "server-only";

import { unstable_cache } from "next/cache";

import { contentTags } from "@/lib/catalogue/cache";
import { getDb } from "@/lib/db";

import { readBusinessProfile } from "./queries";

/** For public pages: cached until the owner saves the profile (revalidateProfile). */
export const cachedBusinessProfile = unstable_cache(() => readBusinessProfile(getDb()), ["business-profile"], {
  tags: [contentTags.profile],
});
