import "server-only";

import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { getDb } from "@/lib/db";

import { canManageUsers, type Viewer } from "./rules";
import { readSessionUserId } from "./session";

/**
 * The signed-in admin user, re-read from the database on every request (once per request), so a
 * deactivated account or a changed role takes effect at once, whatever the session cookie says.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const id = await readSessionUserId();
  if (!id) return null;
  const user = await getDb().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For every admin page, query and action: anonymous visitors are sent to the sign-in page. */
export async function requireAdmin(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/admin/anmelden");
  return viewer;
}

/** Managing admin users: staff see a 404, so the area does not even reveal itself. */
export async function requireOwner(): Promise<Viewer> {
  const viewer = await requireAdmin();
  if (!canManageUsers(viewer)) notFound();
  return viewer;
}
