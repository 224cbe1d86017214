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

export type RouteAccess = { ok: true; viewer: Viewer } | { ok: false; status: 401 | 403 };

/**
 * For route handlers that a script calls with fetch() (the picture upload): the same check as
 * requireAdmin() / requireOwner(), answered as a status instead of a redirect, which fetch() would
 * follow to an HTML page. 401: nobody signed in; 403: signed in, but not the owner.
 */
export async function authorizeRoute(need: "admin" | "owner"): Promise<RouteAccess> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, status: 401 };
  if (need === "owner" && !canManageUsers(viewer)) return { ok: false, status: 403 };
  return { ok: true, viewer };
}
