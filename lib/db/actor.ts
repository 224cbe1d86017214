import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who causes a write. Every service function takes one, so the audit trail can say who cancelled a
 * session that mailed twelve people, and a job's work is told apart from a person's.
 */
export type Actor = { kind: "user"; id: string } | { kind: "visitor" } | { kind: "system"; name: string };

export const visitor: Actor = { kind: "visitor" };

export function userActor(user: { id: string }): Actor {
  return { kind: "user", id: user.id };
}

export function systemActor(name: string): Actor {
  return { kind: "system", name };
}

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonObject;
};

/** Writes one audit row in the caller's transaction, so it exists exactly when the change does. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  const actorData =
    actor.kind === "system" ? { by: `system:${actor.name}` } : actor.kind === "visitor" ? { by: "visitor" } : {};
  await tx.auditLog.create({
    data: {
      actorId: actor.kind === "user" ? actor.id : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      data: { ...actorData, ...(entry.data ?? {}) },
    },
  });
}

/** The user behind an actor, for the columns that name one (timeline events, notes); null for visitors and jobs. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.id : null;
}
