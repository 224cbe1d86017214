import "server-only";

import type { Database, Tx } from "@/lib/db/client";
import { withTransactionRetry } from "@/lib/db/retry";
import { Prisma } from "@/lib/generated/prisma/client";

import { anonymiseAppointments, anonymiseBookings, anonymiseInquiries, needlesOf, pluck } from "./anonymise";
import { cancelUpcomingFor, type CancelledCounts } from "./cancel";
import { deleteJobsMentioning, deleteMailsMentioning } from "./copies";
import { ANONYMISED_NAME, normaliseAddress, retentionCutoff, type RetentionSettings } from "./rules";
export type AnonymisedCounts = { inquiries: number; bookings: number; appointments: number };

/** The worker's daily task: everything past its retention, in one transaction per run. */
export async function anonymiseExpired(
  db: Database,
  settings: RetentionSettings,
  now = new Date(),
): Promise<AnonymisedCounts> {
  const inquiryCutoff = retentionCutoff(now, settings.inquiryMonths);
  const bookingCutoff = retentionCutoff(now, settings.bookingMonths);
  const appointmentCutoff = retentionCutoff(now, settings.appointmentMonths);
  return db.$transaction(
    async (tx) => {
      const inquiries = pluck(
        await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Inquiry" WHERE "anonymisedAt" IS NULL AND "updatedAt" < ${inquiryCutoff}
          AND COALESCE("closedAt", "receivedAt") < ${inquiryCutoff}`,
      );
      const bookings = pluck(
        await tx.$queryRaw<{ id: string }[]>`
        SELECT b.id FROM "Booking" b JOIN "CourseSession" s ON s.id = b."sessionId"
        WHERE b."anonymisedAt" IS NULL AND s."endsAt" < ${bookingCutoff}`,
      );
      const appointments = pluck(
        await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Appointment" WHERE "anonymisedAt" IS NULL AND "endsAt" < ${appointmentCutoff}`,
      );
      const needles = await needlesOf(tx, { inquiries, bookings, appointments });
      const counts = {
        inquiries: await anonymiseInquiries(tx, inquiries, now),
        bookings: await anonymiseBookings(tx, bookings, now),
        appointments: await anonymiseAppointments(tx, appointments, now),
      };
      await deleteMailsMentioning(tx, needles);
      await deleteJobsMentioning(tx, needles);
      return counts;
    },
    { timeout: ERASURE_TIMEOUT_MS },
  );
}

/** Reading every stored mail takes a while on a large outbox. */
const ERASURE_TIMEOUT_MS = 120_000;

type AddressTable = "Inquiry" | "Booking" | "BookingParticipant" | "Appointment";

/**
 * Rows whose address is exactly this one, whatever its case. Never Prisma's case-insensitive
 * `equals`: it compiles to ILIKE, where `_` and `%` in an address match other people's addresses.
 */
async function idsWithAddress(db: Database | Tx, table: AddressTable, email: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text AS id FROM "${table}" WHERE lower(email) = lower($1)`,
    normaliseAddress(email),
  );
  return pluck(rows);
}

/** Everything stored about one e-mail address, as plain JSON (the right of access, Art. 25 revDSG). */
export async function exportPersonalData(db: Database, email: string, now = new Date()) {
  const [inquiryIds, bookingIds, participantIds, appointmentIds, messageIds] = await Promise.all([
    idsWithAddress(db, "Inquiry", email),
    idsWithAddress(db, "Booking", email),
    idsWithAddress(db, "BookingParticipant", email),
    idsWithAddress(db, "Appointment", email),
    mailIdsForAddress(db, email),
  ]);
  const [inquiries, bookings, participations, appointments, messages] = await Promise.all([
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
    emails: messages,
  };
}

/** Mails sent to the address (or answering to it). */
async function mailIdsForAddress(db: Database | Tx, email: string): Promise<string[]> {
  const address = normaliseAddress(email);
  return pluck(
    await db.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM "OutboxMessage" WHERE lower(recipient) = lower(${address}) OR lower("replyTo") = lower(${address})`,
  );
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;

export type DeletedCounts = AnonymisedCounts & CancelledCounts & { participants: number; emails: number; jobs: number };

/**
 * Erases everything about one address (the right to erasure): upcoming seats and calls are
 * cancelled (seats go to the waiting list), its inquiries, bookings and calls are anonymised
 * together with every copy of their words (designs, proposal versions), its participant entries in
 * others' bookings are erased, and every mail and job that names the person is deleted.
 */
export async function deletePersonalData(db: Database, email: string, actorId: string | null, now = new Date()) {
  const address = normaliseAddress(email);
  return withTransactionRetry(() =>
    db.$transaction(
      async (tx): Promise<DeletedCounts> => {
        const cancelled = await cancelUpcomingFor(tx, address, now);
        const rows = {
          inquiries: await idsWithAddress(tx, "Inquiry", address),
          bookings: await idsWithAddress(tx, "Booking", address),
          appointments: await idsWithAddress(tx, "Appointment", address),
        };
        const needles = [address, ...(await needlesOf(tx, rows))];
        const inquiries = await anonymiseInquiries(tx, rows.inquiries, now);
        const bookings = await anonymiseBookings(tx, rows.bookings, now);
        const appointments = await anonymiseAppointments(tx, rows.appointments, now);
        const participants = await tx.$executeRaw`
          UPDATE "BookingParticipant" SET name = ${ANONYMISED_NAME}, email = NULL WHERE lower(email) = lower(${address})`;
        // A feedback link names its participant; the answers themselves are not linked to it (0027).
        await tx.$executeRaw`
          UPDATE "FeedbackInvitation" SET name = ${ANONYMISED_NAME}, email = '' WHERE lower(email) = lower(${address})`;
        const addressed = await mailIdsForAddress(tx, address);
        const { count: sent } = await tx.outboxMessage.deleteMany({ where: { id: { in: addressed } } });
        const mentioned = await deleteMailsMentioning(tx, needles);
        const jobs = await deleteJobsMentioning(tx, needles);
        const counts = {
          ...cancelled,
          inquiries,
          bookings,
          appointments,
          participants,
          emails: sent + mentioned,
          jobs,
        };
        // The log says that and how much was erased, never whose data it was.
        await tx.auditLog.create({
          data: { actorId, action: "privacy.erase", entityType: "Person", data: counts as Prisma.InputJsonObject },
        });
        return counts;
      },
      { timeout: ERASURE_TIMEOUT_MS },
    ),
  );
}
