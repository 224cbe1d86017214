import "server-only";

// Reads of one person's data: the export (right of access) and the row lookups erasure shares.
import type { Database, Tx } from "@/lib/db/client";

import { pluck } from "./anonymise";
import { normaliseAddress } from "./rules";

type AddressTable = "Inquiry" | "Booking" | "BookingParticipant" | "Appointment" | "TeamRegistration";

/**
 * Rows whose address is exactly this one, whatever its case. Never Prisma's case-insensitive
 * `equals`: it compiles to ILIKE, where `_` and `%` in an address match other people's addresses.
 */
export async function idsWithAddress(db: Database | Tx, table: AddressTable, email: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text AS id FROM "${table}" WHERE lower(email) = lower($1)`,
    normaliseAddress(email),
  );
  return pluck(rows);
}

/** Everything stored about one e-mail address, as plain JSON (the right of access, Art. 25 revDSG). */
export async function exportPersonalData(db: Database, email: string, now = new Date()) {
  const [inquiryIds, bookingIds, participantIds, appointmentIds, registrationIds, messageIds] = await Promise.all([
    idsWithAddress(db, "Inquiry", email),
    idsWithAddress(db, "Booking", email),
    idsWithAddress(db, "BookingParticipant", email),
    idsWithAddress(db, "Appointment", email),
    idsWithAddress(db, "TeamRegistration", email),
    mailIdsForAddress(db, email),
  ]);
  const [inquiries, bookings, participations, appointments, registrations, messages] = await Promise.all([
    db.inquiry.findMany({
      where: { id: { in: inquiryIds } },
      include: {
        wishedGoals: { select: { goal: { select: { title: true } } } },
        wishedModules: { select: { module: { select: { title: true } } } },
        events: { select: { type: true, body: true, createdAt: true }, orderBy: { createdAt: "asc" } },
        proposals: {
          select: {
            version: true,
            status: true,
            sentAt: true,
            respondedAt: true,
            acceptedByName: true,
            totalCents: true,
          },
        },
      },
      orderBy: { receivedAt: "asc" },
    }),
    db.booking.findMany({
      where: { id: { in: bookingIds } },
      omit: { manageTokenHash: true },
      include: {
        participants: true,
        session: { select: { startsAt: true, endsAt: true, location: true, course: { select: { title: true } } } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.bookingParticipant.findMany({
      where: { id: { in: participantIds }, bookingId: { notIn: bookingIds } },
      include: {
        booking: { select: { session: { select: { startsAt: true, course: { select: { title: true } } } } } },
      },
    }),
    db.appointment.findMany({
      where: { id: { in: appointmentIds } },
      omit: { manageTokenHash: true },
      orderBy: { startsAt: "asc" },
    }),
    db.teamRegistration.findMany({
      where: { id: { in: registrationIds } },
      include: { inquiry: { select: { organisationName: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.outboxMessage.findMany({
      where: { id: { in: messageIds } },
      select: { template: true, subject: true, status: true, createdAt: true, sentAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return {
    email: normaliseAddress(email),
    exportedAt: now.toISOString(),
    inquiries,
    bookings,
    participations,
    appointments,
    registrations,
    emails: messages,
  };
}

/** Mails sent to the address (or answering to it). */
export async function mailIdsForAddress(db: Database | Tx, email: string): Promise<string[]> {
  const address = normaliseAddress(email);
  return pluck(
    await db.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM "OutboxMessage" WHERE lower(recipient) = lower(${address}) OR lower("replyTo") = lower(${address})`,
  );
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;
