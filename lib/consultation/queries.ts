import "server-only";

import { getDb } from "@/lib/db";

import { listFreeSlots, readConsultationSettings } from "./context";
import { findCallByToken } from "./service";

/**
 * The booking page: free slots and settings, and the inquiry a call should be linked to. Only the
 * organisation is prefilled from it: references are sequential, so contact details are not shown.
 */
export async function getCallBookingPage(inquiryReference?: string, now = new Date()) {
  const db = getDb();
  const [slots, settings, inquiry] = await Promise.all([
    listFreeSlots(db, now),
    readConsultationSettings(db),
    inquiryReference && /^[A-Z]{2,5}-\d{4}-\d{1,6}$/.test(inquiryReference)
      ? db.inquiry.findUnique({
          where: { reference: inquiryReference },
          select: { reference: true, organisationName: true },
        })
      : null,
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
