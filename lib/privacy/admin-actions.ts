"use server";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireOwner } from "@/lib/auth/guards";
import { revalidateSessions } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { exportPersonalData } from "./queries";
import { personDeletionSchema, personLookupSchema, type PersonalDataSummary } from "./schemas";
import { deletePersonalData, type DeletedCounts } from "./service";

export async function exportPersonalDataAction(input: unknown): Promise<ActionResult<PersonalDataSummary>> {
  await requireOwner();
  return runAction(async () => {
    const { email } = parseInput(personLookupSchema, input);
    const data = await exportPersonalData(getDb(), email);
    const counts = {
      inquiries: data.inquiries.length,
      bookings: data.bookings.length,
      participations: data.participations.length,
      appointments: data.appointments.length,
      registrations: data.registrations.length,
      emails: data.emails.length,
    };
    return success({ email: data.email, counts, json: JSON.stringify(data, null, 2) });
  });
}

export async function deletePersonalDataAction(input: unknown): Promise<ActionResult<DeletedCounts>> {
  const viewer = await requireOwner();
  return runAction(async () => {
    const data = parseInput(personDeletionSchema, input);
    const counts = await deletePersonalData(getDb(), userActor(viewer), data);
    // Open dates show no names, but booking counts on cached pages must stay in step.
    revalidateSessions();
    const cancelled =
      counts.cancelledBookings + counts.cancelledAppointments + counts.cancelledRegistrations > 0
        ? ` Storniert: ${counts.cancelledBookings} kommende Buchungen, ${counts.cancelledRegistrations} Kursanmeldungen und ${counts.cancelledAppointments} kommende Erstgespräche.`
        : "";
    return success(
      counts,
      `Gelöscht: ${counts.inquiries} Anfragen, ${counts.bookings} Buchungen, ${counts.registrations} Kursanmeldungen, ${counts.participants} Teilnahmen, ${counts.appointments} Erstgespräche und ${counts.emails} E-Mails.${cancelled}`,
    );
  });
}
