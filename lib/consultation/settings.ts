// The call settings and the free slots they leave: read by pages, writes, the inquiry intake and
// the worker. No "server-only" and no app client here, so the worker and test fixtures load it.
import { isCanton } from "@/lib/calendar/cantons";
import { isPublicHoliday } from "@/lib/calendar/holidays";
import { addDays, zurichDate } from "@/lib/calendar/zurich-time";
import type { Database, Tx } from "@/lib/db/client";

import { generateSlots, type DateException, type Slot } from "./slots";

export type ConsultationSettingsValues = {
  callMinutes: number;
  bufferMinutes: number;
  minNoticeHours: number;
  maxDaysAhead: number;
  changeCutoffHours: number;
  blockPublicHolidays: boolean;
  canton: string;
  meetingNote: string;
};

export const DEFAULT_CONSULTATION_SETTINGS: ConsultationSettingsValues = {
  callMinutes: 30,
  bufferMinutes: 15,
  minNoticeHours: 24,
  maxDaysAhead: 60,
  changeCutoffHours: 12,
  blockPublicHolidays: true,
  canton: "BE",
  meetingNote: "",
};

export async function readConsultationSettings(db: Database | Tx): Promise<ConsultationSettingsValues> {
  // Without the row's key: the values are exactly the settings, so a form can take them as they are.
  const row = await db.consultationSettings.findUnique({ where: { id: 1 }, omit: { id: true } });
  return row ?? DEFAULT_CONSULTATION_SETTINGS;
}

export function dateKeyOfDbDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export function closedDayCheck(settings: ConsultationSettingsValues): ((date: string) => boolean) | undefined {
  const canton = settings.canton;
  if (!settings.blockPublicHolidays || !isCanton(canton)) return undefined;
  return (date) => isPublicHoliday(date, canton);
}

/**
 * The free slots as of `now`. `ignoreAppointmentId` leaves one booked call out, so a caller
 * moving their call sees the times around it as free.
 */
export async function listFreeSlots(db: Database | Tx, now: Date, ignoreAppointmentId?: string): Promise<Slot[]> {
  const settings = await readConsultationSettings(db);
  const firstDate = zurichDate(now);
  const lastDate = addDays(firstDate, settings.maxDaysAhead + 1);
  const [rules, exceptions, booked] = await Promise.all([
    db.availabilityRule.findMany({ where: { active: true } }),
    db.availabilityException.findMany({
      where: { date: { gte: new Date(`${firstDate}T00:00:00Z`), lte: new Date(`${lastDate}T00:00:00Z`) } },
    }),
    db.appointment.findMany({
      where: {
        status: "BOOKED",
        endsAt: { gte: new Date(now.getTime() - 24 * 60 * 60_000) },
        // A hold that lapsed unconfirmed frees its slot at once, before the worker cancels it.
        OR: [{ holdExpiresAt: null }, { holdExpiresAt: { gt: now } }],
        ...(ignoreAppointmentId ? { id: { not: ignoreAppointmentId } } : {}),
      },
      select: { startsAt: true, endsAt: true },
    }),
  ]);
  return generateSlots({
    rules,
    exceptions: exceptions.map((exception): DateException => ({
      date: dateKeyOfDbDate(exception.date),
      kind: exception.kind,
      startMinute: exception.startMinute,
      endMinute: exception.endMinute,
    })),
    settings,
    booked,
    now,
    isClosedDay: closedDayCheck(settings),
  });
}
