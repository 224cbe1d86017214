import "server-only";

import { updateTag } from "next/cache";

import { contentTags } from "@/lib/catalogue/cache";

/** After any seat change, from a server action: pages listing free seats show the new count at once. */
export function revalidateSessions(): void {
  updateTag(contentTags.sessions);
}
