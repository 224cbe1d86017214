import "server-only";

import { unstable_cache } from "next/cache";

import { contentTags } from "@/lib/catalogue/cache";

import { getPortrait } from "./queries";

// The portrait for cached public pages. It is part of the pages' content: a change of it
// expires the pages tag (lib/catalogue/revalidate.ts), as an edit of the about text does.
export const cachedPortrait = unstable_cache(getPortrait, ["portrait"], { tags: [contentTags.pages] });
