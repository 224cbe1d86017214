"use server";

import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { createUserSchema, updateUserSchema } from "./admin-schemas";
import { requireOwner } from "./guards";
import { addAdminUser, updateAdminUser } from "./service";

export async function createAdminUserAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireOwner();
  return runAction(async () => {
    const user = await addAdminUser(getDb(), userActor(viewer), parseInput(createUserSchema, input));
    revalidatePath("/admin/benutzer");
    return success(null, `Das Konto für ${user.email} ist angelegt.`);
  });
}

export async function updateAdminUserAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireOwner();
  return runAction(async () => {
    await updateAdminUser(getDb(), userActor(viewer), parseInput(updateUserSchema, input));
    revalidatePath("/admin/benutzer");
    return success(null, "Gespeichert.");
  });
}
