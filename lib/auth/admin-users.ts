// Managing admin accounts (owners only): add, change role, deactivate. There is always at least
// one active owner, so nobody can lock the practice out of its own back office.
import type { Database, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import type { CreateUserInput, UpdateUserInput } from "./admin-users-schemas";
import { normaliseEmail } from "./rules";
import { createAdminUser } from "./users";

export async function addAdminUser(db: Database, input: CreateUserInput) {
  if (await db.user.findUnique({ where: { email: normaliseEmail(input.email) }, select: { id: true } })) {
    throw new AppError("CONFLICT", "Für diese E-Mail-Adresse gibt es schon ein Konto.", { field: "email" });
  }
  const { user } = await createAdminUser(db, {
    email: input.email,
    name: input.name,
    role: input.role,
    password: input.password || undefined,
  });
  return user;
}

async function activeOwnersOtherThan(tx: Tx, id: string): Promise<number> {
  return tx.user.count({ where: { role: "OWNER", active: true, id: { not: id } } });
}

export async function updateAdminUser(db: Database, actorId: string, input: UpdateUserInput) {
  await db.$transaction(async (tx) => {
    // Serialises changes to accounts, so two owners cannot demote each other at the same moment.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('admin-users'))`;
    const user = await tx.user.findUnique({ where: { id: input.id } });
    if (!user) throw new AppError("NOT_FOUND", "Dieses Konto gibt es nicht.");
    const losesOwner = (input.role && input.role !== "OWNER") || input.active === false;
    if (user.role === "OWNER" && user.active && losesOwner && (await activeOwnersOtherThan(tx, user.id)) === 0) {
      throw new AppError("CONFLICT", "Es braucht mindestens ein aktives Inhaber-Konto.");
    }
    if (user.id === actorId && input.active === false) {
      throw new AppError("CONFLICT", "Sie können Ihr eigenes Konto nicht deaktivieren.");
    }
    await tx.user.update({
      where: { id: user.id },
      data: { role: input.role ?? undefined, active: input.active ?? undefined },
    });
    await tx.auditLog.create({
      data: {
        actorId,
        action: "user.update",
        entityType: "User",
        entityId: user.id,
        data: { role: input.role ?? null, active: input.active ?? null },
      },
    });
  });
}
