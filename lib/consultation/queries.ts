import "server-only";

// Reads: the call settings and free slots every page and write needs, the calls and inquiries a
// token opens, and the pages built from them.
import { getDb } from "@/lib/db";
import type { Database, Tx } from "@/lib/db/client";
import { hashManageToken, isManageTokenShape } from "@/lib/manage-token";

import { listFreeSlots, readConsultationSettings } from "./settings";

export {
  closedDayCheck,
  dateKeyOfDbDate,
  DEFAULT_CONSULTATION_SETTINGS,
  listFreeSlots,
  readConsultationSettings,
  type ConsultationSettingsValues,
} from "./settings";

/** The inquiry whose confirmation mail carried this call token; null for anything else (a reference, say). */
export async function findInquiryByCallToken(db: Database | Tx, token: string | undefined) {
  if (!token || !isManageTokenShape(token)) return null;
  return db.inquiry.findUnique({
    where: { callTokenHash: hashManageToken(token), anonymisedAt: null },
    select: {
      id: true,
      reference: true,
      salutation: true,
      contactName: true,
      organisationName: true,
      email: true,
      phone: true,
    },
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
