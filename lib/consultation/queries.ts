import "server-only";

import { getDb } from "@/lib/db";

import { listFreeSlots, readConsultationSettings } from "./context";
import { findCallByToken, findInquiryByCallToken } from "./service";

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
