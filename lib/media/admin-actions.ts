"use server";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin, requireOwner } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { courseImageTargetSchema } from "./admin-schemas";
import { afterImageChange } from "./admin-upload";
import type { ImageTarget } from "./rules";
import { deleteImage } from "./service";

// Removing a picture. Uploads go through the route handlers under app/api/admin/bilder (lib/media/
// admin-upload.ts): a picture is larger than the 1 MB every server action is limited to.

export async function deleteCourseImageAction(target: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const { courseId } = parseInput(courseImageTargetSchema, target);
    const imageTarget: ImageTarget = { kind: "course", courseId };
    await deleteImage(getDb(), userActor(viewer), imageTarget);
    afterImageChange(imageTarget);
    return success(null, "Bild entfernt.");
  });
}

export async function deletePortraitAction(): Promise<ActionResult<null>> {
  const viewer = await requireOwner();
  return runAction(async () => {
    const target: ImageTarget = { kind: "portrait" };
    await deleteImage(getDb(), userActor(viewer), target);
    afterImageChange(target);
    return success(null, "Porträt entfernt.");
  });
}
