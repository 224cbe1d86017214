import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";

import { readConsultationSettings } from "./queries";

/**
 * Booked calls that have not started yet, soonest first: these can still be cancelled. Held ones
 * (not yet confirmed by the caller) are listed as such; lapsed holds are left out.
 */
export async function listUpcomingCalls(now = new Date(), take = 100) {
  await requireAdmin();
  return getDb().appointment.findMany({
    where: { status: "BOOKED", startsAt: { gt: now }, OR: [{ holdExpiresAt: null }, { holdExpiresAt: { gt: now } }] },
    include: { inquiry: { select: { reference: true } } },
    orderBy: { startsAt: "asc" },
    take,
  });
}

/** Booked calls whose start has come and whose outcome is not recorded yet, latest first. */
export async function listCallsAwaitingOutcome(now = new Date(), take = 100) {
  await requireAdmin();
  return getDb().appointment.findMany({
    where: { status: "BOOKED", startsAt: { lte: now }, holdExpiresAt: null },
    include: { inquiry: { select: { reference: true } } },
    orderBy: { startsAt: "desc" },
    take,
  });
}

export async function getAvailabilityForAdmin(now = new Date()) {
  await requireAdmin();
  const db = getDb();
  const [settings, rules, exceptions] = await Promise.all([
    readConsultationSettings(db),
    db.availabilityRule.findMany({ orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] }),
    db.availabilityException.findMany({
      where: { date: { gte: new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`) } },
      orderBy: [{ date: "asc" }, { startMinute: "asc" }],
    }),
  ]);
  return { settings, rules, exceptions };
}
