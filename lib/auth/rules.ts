import type { UserRole } from "@/lib/generated/prisma/enums";

export type Viewer = { id: string; email: string; name: string | null; role: UserRole };

/** Owners do everything; staff everything but managing admin users. */
export function canManageUsers(viewer: Pick<Viewer, "role">): boolean {
  return viewer.role === "OWNER";
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** OWASP ASVS 5.0 6.5.5: an out-of-band token lives at most 10 minutes (decision 0018). */
export const SIGN_IN_LINK_MAX_AGE_SECONDS = 10 * 60;

/**
 * Sign-in requests of any kind (link or password, any account) from one client address. Failures
 * and mails have their own, finer limits (sign-in-throttle.ts, decision 0018).
 */
export const signInRequestsPerClient = { limit: 20, windowSeconds: 15 * 60 };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Only paths inside the admin area are followed after sign-in; anything else goes to /admin. */
export function safeAdminPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/admin") || next.startsWith("//") || next.includes("\\")) return "/admin";
  if (next.startsWith("/admin/anmelden")) return "/admin";
  return next;
}
