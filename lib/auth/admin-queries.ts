import "server-only";

import { getDb } from "@/lib/db";

import { requireOwner } from "./guards";

export async function listAdminUsers() {
  await requireOwner();
  const users = await getDb().user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      lastSignInAt: true,
      passwordHash: true,
    },
  });
  // Whether a password is set, never the hash itself.
  return users.map(({ passwordHash, ...user }) => ({ ...user, hasPassword: passwordHash !== null }));
}
