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
      days: { orderBy: { dayNumber: "asc" } },
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
      days: { orderBy: { dayNumber: "asc" } },
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

/** Other sessions of the same course a booking can be moved to: scheduled, not started yet. */
export async function listMoveTargets(session: { id: string; courseId: string }, now = new Date()) {
  await requireAdmin();
  return getDb().courseSession.findMany({
    where: { courseId: session.courseId, id: { not: session.id }, status: "SCHEDULED", startsAt: { gt: now } },
    select: { id: true, startsAt: true, location: true, capacity: true, seatsTaken: true },
    orderBy: { startsAt: "asc" },
  });
}

/** What the consultant changed on single bookings of a session (cancel, move, participants), newest first. */
export async function listBookingHistory(sessionId: string, take = 50) {
  await requireAdmin();
  return getDb().auditLog.findMany({
    where: {
      entityType: "Booking",
      OR: [
        { data: { path: ["sessionId"], equals: sessionId } },
        { data: { path: ["toSessionId"], equals: sessionId } },
      ],
    },
    include: { actor: { select: { name: true, email: true } } },
    orderBy: { createdAt: "desc" },
    take,
  });
}
