"use server";

import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";

import { addAdminUser, updateAdminUser } from "./admin-users";
import { createUserSchema, updateUserSchema } from "./admin-users-schemas";
import { requireOwner } from "./guards";

export async function createAdminUserAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireOwner();
  return runAction(async () => {
    const user = await addAdminUser(getDb(), parseInput(createUserSchema, input));
    await getDb().auditLog.create({
      data: { actorId: viewer.id, action: "user.create", entityType: "User", entityId: user.id },
    });
    revalidatePath("/admin/benutzer");
    return success(null, `Das Konto für ${user.email} ist angelegt.`);
  });
}

export async function updateAdminUserAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireOwner();
  return runAction(async () => {
    await updateAdminUser(getDb(), viewer.id, parseInput(updateUserSchema, input));
    revalidatePath("/admin/benutzer");
    return success(null, "Gespeichert.");
  });
}
