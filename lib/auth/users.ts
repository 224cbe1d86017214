import type { Database, Tx } from "@/lib/db/client";
import type { UserRole } from "@/lib/generated/prisma/enums";

import { hashPassword, MIN_PASSWORD_LENGTH } from "./password";
import { normaliseEmail } from "./rules";

export type NewAdminUser = { email: string; role: UserRole; name?: string; password?: string };

/** Creates an admin account, or returns the existing one unchanged (admin accounts are never self-registered). */
export async function createAdminUser(db: Database | Tx, input: NewAdminUser) {
  const email = normaliseEmail(input.email);
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) return { user: existing, created: false };
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const user = await db.user.create({
    data: {
      email,
      role: input.role,
      name: input.name ?? null,
      passwordHash: input.password ? await hashPassword(input.password) : null,
    },
  });
  return { user, created: true };
}
