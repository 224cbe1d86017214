import "server-only";

import { getDb } from "@/lib/db";

import { isContentHash, slotOf, toPublicImage, type ImageTarget, type PublicImage } from "./rules";

/** The stored bytes at a content address, for the image route; null when no picture has these bytes. */
export async function getImageBytes(contentHash: string) {
  if (!isContentHash(contentHash)) return null;
  return getDb().siteImage.findFirst({
    where: { contentHash },
    select: { data: true, mimeType: true, contentHash: true },
  });
}

/** The picture of a place as a page renders it, or null when none is uploaded. */
export async function getImage(target: ImageTarget): Promise<PublicImage | null> {
  const row = await getDb().siteImage.findUnique({
    where: { slot: slotOf(target) },
    select: { contentHash: true, width: true, height: true, altText: true },
  });
  return row ? toPublicImage(row) : null;
}

/** The consultant's portrait, or null. */
export function getPortrait(): Promise<PublicImage | null> {
  return getImage({ kind: "portrait" });
}
