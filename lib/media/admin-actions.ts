"use server";

import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin, requireOwner } from "@/lib/auth/guards";
import { revalidateCourses, revalidatePages } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { courseImageTargetSchema, imageUploadFields, imageUploadSchema } from "./admin-schemas";
import type { ImageTarget } from "./rules";
import { deleteImage, saveImage } from "./service";

async function bytesOf(file: File | null): Promise<Uint8Array | null> {
  return file ? new Uint8Array(await file.arrayBuffer()) : null;
}

function afterChange(target: ImageTarget): void {
  if (target.kind === "course") {
    revalidateCourses();
    revalidatePath("/admin/kurse", "layout");
  } else {
    // The portrait stands on the about page and the home page, both read under the pages tag.
    revalidatePages();
    revalidatePath("/admin/einstellungen");
  }
}

/** Uploads or replaces a course's picture (or changes only its text). The page binds the course. */
export async function saveCourseImageAction(target: unknown, formData: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const { courseId } = parseInput(courseImageTargetSchema, target);
    const input = parseInput(imageUploadSchema, formData instanceof FormData ? imageUploadFields(formData) : {});
    const imageTarget: ImageTarget = { kind: "course", courseId };
    await saveImage(getDb(), userActor(viewer), {
      target: imageTarget,
      altText: input.altText,
      bytes: await bytesOf(input.file),
    });
    afterChange(imageTarget);
    return success(
      null,
      input.file ? "Bild gespeichert; die Kursseite zeigt es sofort." : "Bildbeschreibung gespeichert.",
    );
  });
}

export async function deleteCourseImageAction(target: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const { courseId } = parseInput(courseImageTargetSchema, target);
    const imageTarget: ImageTarget = { kind: "course", courseId };
    await deleteImage(getDb(), userActor(viewer), imageTarget);
    afterChange(imageTarget);
    return success(null, "Bild entfernt.");
  });
}

/** Uploads or replaces the consultant's portrait (owner only, in the settings). */
export async function savePortraitAction(formData: unknown): Promise<ActionResult<null>> {
  const viewer = await requireOwner();
  return runAction(async () => {
    const input = parseInput(imageUploadSchema, formData instanceof FormData ? imageUploadFields(formData) : {});
    const target: ImageTarget = { kind: "portrait" };
    await saveImage(getDb(), userActor(viewer), { target, altText: input.altText, bytes: await bytesOf(input.file) });
    afterChange(target);
    return success(
      null,
      input.file ? "Porträt gespeichert; «Über mich» zeigt es sofort." : "Bildbeschreibung gespeichert.",
    );
  });
}

export async function deletePortraitAction(): Promise<ActionResult<null>> {
  const viewer = await requireOwner();
  return runAction(async () => {
    const target: ImageTarget = { kind: "portrait" };
    await deleteImage(getDb(), userActor(viewer), target);
    afterChange(target);
    return success(null, "Porträt entfernt.");
  });
}
