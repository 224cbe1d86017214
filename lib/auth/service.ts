// Managing admin accounts (owners only): add, change role, deactivate. There is always at least
// one active owner, so nobody can lock the practice out of its own back office.
import { actorUserId, recordAudit, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";

import type { CreateUserInput, UpdateUserInput } from "./admin-schemas";
import { normaliseEmail } from "./rules";
import { createAdminUser } from "./users";

const EMAIL_TAKEN_MESSAGE = "Für diese E-Mail-Adresse gibt es schon ein Konto.";

/** Adds an account and its audit row in one transaction; an address already in use is refused at its field. */
export async function addAdminUser(db: Database, actor: Actor, input: CreateUserInput) {
  try {
    return await inTransaction(db, async (tx) => {
      if (await tx.user.findUnique({ where: { email: normaliseEmail(input.email) }, select: { id: true } })) {
        throw new AppError("CONFLICT", EMAIL_TAKEN_MESSAGE, { field: "email" });
      }
      const { user } = await createAdminUser(tx, {
        email: input.email,
        name: input.name,
        role: input.role,
        password: input.password || undefined,
      });
      await recordAudit(tx, actor, { action: "user.create", entityType: "User", entityId: user.id });
      return user;
    });
  } catch (error) {
    // Two owners adding the same address at once: the unique index decides, with the same answer.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", EMAIL_TAKEN_MESSAGE, { field: "email" });
    throw error;
  }
}

async function activeOwnersOtherThan(tx: Tx, id: string): Promise<number> {
  return tx.user.count({ where: { role: "OWNER", active: true, id: { not: id } } });
}

export async function updateAdminUser(db: Database, actor: Actor, input: UpdateUserInput) {
  await inTransaction(db, async (tx) => {
    // Serialises changes to accounts, so two owners cannot demote each other at the same moment.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('admin-users'))`;
    const user = await tx.user.findUnique({ where: { id: input.id } });
    if (!user) throw new AppError("NOT_FOUND", "Dieses Konto gibt es nicht.");
    const losesOwner = (input.role && input.role !== "OWNER") || input.active === false;
    if (user.role === "OWNER" && user.active && losesOwner && (await activeOwnersOtherThan(tx, user.id)) === 0) {
      throw new AppError("CONFLICT", "Es braucht mindestens ein aktives Inhaber-Konto.");
    }
    if (user.id === actorUserId(actor) && input.active === false) {
      throw new AppError("CONFLICT", "Sie können Ihr eigenes Konto nicht deaktivieren.");
    }
    await tx.user.update({
      where: { id: user.id },
      data: { role: input.role ?? undefined, active: input.active ?? undefined },
    });
    await recordAudit(tx, actor, {
      action: "user.update",
      entityType: "User",
      entityId: user.id,
      data: { role: input.role ?? null, active: input.active ?? null },
    });
  });
}
