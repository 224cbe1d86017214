import "server-only";

// Reads: the call settings and free slots every page and write needs, the calls and inquiries a
// token opens, and the pages built from them.
import { isCanton } from "@/lib/calendar/cantons";
import { isPublicHoliday } from "@/lib/calendar/holidays";
import { addDays, zurichDate } from "@/lib/calendar/zurich-time";
import { getDb } from "@/lib/db";
import type { Database, Tx } from "@/lib/db/client";
import { hashManageToken, isManageTokenShape } from "@/lib/manage-token";

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
  const row = await db.consultationSettings.findUnique({ where: { id: 1 } });
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

/** The inquiry whose confirmation mail carried this call token; null for anything else (a reference, say). */
export async function findInquiryByCallToken(db: Database | Tx, token: string | undefined) {
  if (!token || !isManageTokenShape(token)) return null;
  return db.inquiry.findUnique({
    where: { callTokenHash: hashManageToken(token), anonymisedAt: null },
    select: { id: true, reference: true, contactName: true, organisationName: true, email: true, phone: true },
  });
}

export async function findCallByToken(db: Database | Tx, token: string) {
  if (!isManageTokenShape(token)) return null;
  return db.appointment.findUnique({ where: { manageTokenHash: hashManageToken(token) } });
}

/** The call a calendar link serves; the calendar token opens nothing else. */
export async function findCallByCalendarToken(db: Database | Tx, token: string) {
  if (!isManageTokenShape(token)) return null;
  return db.appointment.findUnique({ where: { calendarTokenHash: hashManageToken(token) } });
}

/** The first call of a chain of moves and how many moves followed: the calendar entry's UID and sequence. */
export async function callChain(db: Database | Tx, appointment: { id: string; rescheduledFromId: string | null }) {
  let rootId = appointment.id;
  let sequence = 0;
  let previous = appointment.rescheduledFromId;
  while (previous && sequence < 50) {
    const row = await db.appointment.findUnique({
      where: { id: previous },
      select: { id: true, rescheduledFromId: true },
    });
    if (!row) break;
    rootId = row.id;
    sequence++;
    previous = row.rescheduledFromId;
  }
  return { rootId, sequence };
}

/**
 * The booking page: free slots and settings, and the inquiry a call should be linked to. The
 * inquiry is found only by the token from its confirmation mail (a reference is guessable), and
 * then prefills the contact details its owner gave.
 */
export async function getCallBookingPage(inquiryToken?: string, now = new Date()) {
  const db = getDb();
  const [slots, settings, inquiry] = await Promise.all([
    listFreeSlots(db, now),
    readConsultationSettings(db),
    findInquiryByCallToken(db, inquiryToken),
  ]);
  return { slots, settings, inquiry };
}

/** A call as its manage link shows it, with the free slots to move it to. */
export async function getCallForManagement(token: string, now = new Date()) {
  const db = getDb();
  const appointment = await findCallByToken(db, token);
  if (!appointment) return null;
  const [settings, slots] = await Promise.all([
    readConsultationSettings(db),
    appointment.status === "BOOKED" ? listFreeSlots(db, now, appointment.id) : Promise.resolve([]),
  ]);
  return { appointment, settings, slots };
}
