import { createHash } from "node:crypto";

import sharp from "sharp";

import type { Actor } from "@/lib/db/actor";
import { recordAudit } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";

import {
  dimensionProblem,
  MAX_PIXELS,
  slotOf,
  STORED_MIME_TYPE,
  STORED_QUALITY,
  storedSize,
  UPLOAD_MESSAGES,
  uploadProblem,
  type ImagePurpose,
  type ImageTarget,
} from "./rules";

export type SaveImageInput = {
  target: ImageTarget;
  altText: string;
  /** The uploaded file's bytes; null keeps the current picture and changes only its text. */
  bytes: Uint8Array | null;
};

type EncodedImage = { data: Uint8Array<ArrayBuffer>; width: number; height: number; contentHash: string };

const fileError = (message: string) => new AppError("VALIDATION", message, { field: "file" });

/**
 * Checks an upload (size, type by its magic bytes, dimensions once decoded) and encodes it for
 * storage: turned upright by its EXIF orientation, scaled down to the purpose's width, WebP,
 * without metadata (no camera data or location leaves the consultant's computer).
 */
export async function encodeUpload(purpose: ImagePurpose, bytes: Uint8Array): Promise<EncodedImage> {
  const problem = uploadProblem(bytes);
  if (problem) throw fileError(problem);
  const options = { failOn: "error", limitInputPixels: MAX_PIXELS } as const;
  let upright: { width: number; height: number };
  try {
    const metadata = await sharp(bytes, options).metadata();
    upright = metadata.autoOrient;
  } catch (cause) {
    throw new AppError("VALIDATION", UPLOAD_MESSAGES.unreadable, { field: "file", cause });
  }
  const tooSmall = dimensionProblem(purpose, upright.width, upright.height);
  if (tooSmall) throw fileError(tooSmall);
  try {
    const { data, info } = await sharp(bytes, options)
      .rotate()
      .resize(storedSize(purpose, upright.width, upright.height))
      .webp({ quality: STORED_QUALITY })
      .toBuffer({ resolveWithObject: true });
    const stored = new Uint8Array(data);
    return {
      data: stored,
      width: info.width,
      height: info.height,
      contentHash: createHash("sha256").update(stored).digest("hex"),
    };
  } catch (cause) {
    throw new AppError("VALIDATION", UPLOAD_MESSAGES.unreadable, { field: "file", cause });
  }
}

async function assertTargetExists(tx: Tx, target: ImageTarget): Promise<void> {
  if (target.kind !== "course") return;
  const course = await tx.course.findUnique({ where: { id: target.courseId }, select: { id: true } });
  if (!course) throw new AppError("NOT_FOUND", "Diesen Kurs gibt es nicht mehr.");
}

/**
 * Stores the picture of a place, replacing the one before (one row per place), or with no file
 * changes only the alternative text of the current one. Returns the content hash now served.
 */
export async function saveImage(db: Database, actor: Actor, input: SaveImageInput): Promise<{ contentHash: string }> {
  const { target, altText } = input;
  const encoded = input.bytes ? await encodeUpload(target.kind, input.bytes) : null;
  const slot = slotOf(target);
  const courseId = target.kind === "course" ? target.courseId : null;
  return inTransaction(db, async (tx) => {
    await assertTargetExists(tx, target);
    if (!encoded) {
      const current = await tx.siteImage.findUnique({ where: { slot }, select: { id: true } });
      if (!current) throw fileError(UPLOAD_MESSAGES.missing);
      const updated = await tx.siteImage.update({ where: { slot }, data: { altText }, select: { contentHash: true } });
      await recordAudit(tx, actor, { action: "image.text-changed", entityType: "SiteImage", entityId: current.id });
      return updated;
    }
    const data = {
      courseId,
      contentHash: encoded.contentHash,
      mimeType: STORED_MIME_TYPE,
      width: encoded.width,
      height: encoded.height,
      byteSize: encoded.data.byteLength,
      data: encoded.data,
      altText,
    };
    const saved = await tx.siteImage.upsert({
      where: { slot },
      create: { slot, ...data },
      update: data,
      select: { id: true, contentHash: true },
    });
    await recordAudit(tx, actor, {
      action: "image.saved",
      entityType: "SiteImage",
      entityId: saved.id,
      data: { slot, width: encoded.width, height: encoded.height, byteSize: encoded.data.byteLength },
    });
    return { contentHash: saved.contentHash };
  });
}

/** Removes the picture of a place; the page then shows none. True when there was one. */
export async function deleteImage(db: Database, actor: Actor, target: ImageTarget): Promise<boolean> {
  const slot = slotOf(target);
  return inTransaction(db, async (tx) => {
    const current = await tx.siteImage.findUnique({ where: { slot }, select: { id: true } });
    if (!current) return false;
    await tx.siteImage.delete({ where: { slot } });
    await recordAudit(tx, actor, {
      action: "image.deleted",
      entityType: "SiteImage",
      entityId: current.id,
      data: { slot },
    });
    return true;
  });
}
