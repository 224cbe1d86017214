import "server-only";

import { requireAdmin, requireOwner } from "@/lib/auth/guards";

import { getImage } from "./queries";
import type { PublicImage } from "./rules";

/** The picture of a course for its editor, or null. */
export async function getCourseImageForAdmin(courseId: string): Promise<PublicImage | null> {
  await requireAdmin();
  return getImage({ kind: "course", courseId });
}

/** The consultant's portrait for the settings page (owner only, like the rest of the settings). */
export async function getPortraitForAdmin(): Promise<PublicImage | null> {
  await requireOwner();
  return getImage({ kind: "portrait" });
}
