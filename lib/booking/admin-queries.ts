import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";

/** Sessions from a week ago on, for the admin list. */
export async function listSessionsForAdmin(now = new Date()) {
  await requireAdmin();
  return getDb().courseSession.findMany({
    where: { startsAt: { gte: new Date(now.getTime() - 7 * 24 * 60 * 60_000) } },
    include: {
      course: { select: { title: true } },
      _count: { select: { bookings: { where: { status: "WAITLISTED" } } } },
    },
    orderBy: { startsAt: "asc" },
  });
}

export async function getSessionForAdmin(id: string) {
  await requireAdmin();
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return getDb().courseSession.findUnique({
    where: { id },
    include: {
      course: { select: { title: true } },
      inquiry: { select: { reference: true, organisationName: true } },
      bookings: {
        include: { participants: { orderBy: { position: "asc" } } },
        orderBy: [{ status: "asc" }, { waitlistPosition: "asc" }, { createdAt: "asc" }],
      },
    },
  });
}

export async function listCoursesForSessions() {
  await requireAdmin();
  return getDb().course.findMany({
    select: { id: true, title: true },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
  });
}
