import "server-only";

import type { Tx } from "@/lib/db/client";

import { ANONYMISED_NAME } from "./rules";

export type Ids = string[];

// Each anonymiser erases the personal fields of the given rows and deletes what only exists to
// reach the person (their e-mails in the outbox, portal links). Rows stay, so counts, seat
// numbers and the consultant's statistics remain right.

export async function anonymiseInquiries(tx: Tx, ids: Ids, now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const count = await tx.$executeRaw`
    UPDATE "Inquiry" SET "contactName" = ${ANONYMISED_NAME}, salutation = 'NEUTRAL', email = 'anonym-' || id || '@anliegen.invalid',
      phone = NULL, department = NULL, message = NULL, "challengesOther" = NULL, "venueNote" = NULL,
      "preferredPeriod" = NULL, "desiredChange" = NULL, attendees = NULL, "anonymisedAt" = ${now}
    WHERE id = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`UPDATE "InquiryEvent" SET body = NULL, data = NULL WHERE "inquiryId" = ANY(${ids}::uuid[])`;
  // The designer copies the inquiry's own words (message, other challenges, venue note, wished
  // period) into the draft's situation and logistics; those copies go with the original.
  await tx.$executeRaw`
    UPDATE "CourseDesign" SET situation = '', venue = '', "datesWished" = ''
    WHERE "inquiryId" = ANY(${ids}::uuid[])`;
  // The proposal as sent keeps its content (goals, agenda, prices) but not the person it named,
  // nor the copied words.
  await tx.$executeRaw`
    UPDATE "Proposal" SET "acceptedByName" = NULL, "acceptedByRole" = NULL, "changeRequest" = NULL,
      snapshot = CASE WHEN jsonb_typeof(snapshot) = 'object' THEN
        jsonb_set(
          jsonb_set(
            CASE WHEN jsonb_typeof(snapshot -> 'client') = 'object'
              THEN jsonb_set(jsonb_set(snapshot #- '{client,salutation}', '{client,contactName}',
                               to_jsonb(${ANONYMISED_NAME}::text)), '{client,department}', 'null'::jsonb)
              ELSE snapshot END,
            '{situation}', '""'::jsonb),
          '{logistics}',
          CASE WHEN jsonb_typeof(snapshot -> 'logistics') = 'object'
            THEN (snapshot -> 'logistics') || '{"venue": "", "datesWished": ""}'::jsonb
            ELSE 'null'::jsonb END)
        ELSE snapshot END
    WHERE "inquiryId" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM "PortalAccess" WHERE "inquiryId" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM "OutboxMessage" WHERE "inquiryId" = ANY(${ids}::uuid[])`;
  return count;
}

export async function anonymiseBookings(tx: Tx, ids: Ids, now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const count = await tx.$executeRaw`
    UPDATE "Booking" SET "contactName" = ${ANONYMISED_NAME}, salutation = 'NEUTRAL', email = 'anonym-' || id || '@anliegen.invalid',
      phone = NULL, organisation = '', "billingReference" = NULL, "anonymisedAt" = ${now}
    WHERE id = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`
    UPDATE "BookingParticipant" SET name = ${ANONYMISED_NAME}, email = NULL WHERE "bookingId" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM "OutboxMessage" WHERE "bookingId" = ANY(${ids}::uuid[])`;
  return count;
}

export async function anonymiseAppointments(tx: Tx, ids: Ids, now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const count = await tx.$executeRaw`
    UPDATE "Appointment" SET name = ${ANONYMISED_NAME}, salutation = 'NEUTRAL', email = 'anonym-' || id || '@anliegen.invalid',
      phone = NULL, organisation = '', topic = '', "anonymisedAt" = ${now}
    WHERE id = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM "OutboxMessage" WHERE "appointmentId" = ANY(${ids}::uuid[])`;
  return count;
}

/** Team registrations (decision 0031): the person and their own words; status and seats stay. */
export async function anonymiseRegistrations(tx: Tx, ids: Ids, now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  return tx.$executeRaw`
    UPDATE "TeamRegistration" SET name = ${ANONYMISED_NAME}, salutation = 'NEUTRAL', email = 'anonym-' || id || '@anliegen.invalid',
      "function" = '', situation = '', wish = '', "anonymisedAt" = ${now}
    WHERE id = ANY(${ids}::uuid[])`;
}

export const pluck = (rows: { id: string }[]) => rows.map((row) => row.id);

/**
 * What names these rows in free text: inquiry references and row ids. Not the addresses: retention
 * must not reach the same person's younger data (erasure adds the address itself).
 */
export async function needlesOf(tx: Tx, rows: { inquiries: Ids; bookings: Ids; appointments: Ids }): Promise<string[]> {
  const references = await tx.inquiry.findMany({ where: { id: { in: rows.inquiries } }, select: { reference: true } });
  return [...references.map((row) => row.reference), ...rows.inquiries, ...rows.bookings, ...rows.appointments];
}
