import "server-only";

import type { Database, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

import { ANONYMISED_NAME, normaliseAddress, retentionCutoff, type RetentionSettings } from "./rules";

type Ids = string[];

// Each anonymiser erases the personal fields of the given rows and deletes what only exists to
// reach the person (their e-mails in the outbox, portal links). Rows stay, so counts, seat
// numbers and the consultant's statistics remain right.

async function anonymiseInquiries(tx: Tx, ids: Ids, now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const count = await tx.$executeRaw`
    UPDATE "Inquiry" SET "contactName" = ${ANONYMISED_NAME}, email = 'anonym-' || id || '@anliegen.invalid',
      phone = NULL, department = NULL, message = NULL, "challengesOther" = NULL, "venueNote" = NULL,
      "preferredPeriod" = NULL, "anonymisedAt" = ${now}
    WHERE id = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`UPDATE "InquiryEvent" SET body = NULL, data = NULL WHERE "inquiryId" = ANY(${ids}::uuid[])`;
  // The proposal as sent keeps its content (goals, agenda, prices) but not the person it named.
  await tx.$executeRaw`
    UPDATE "Proposal" SET "acceptedByName" = NULL, "acceptedByRole" = NULL, "changeRequest" = NULL,
      snapshot = CASE WHEN jsonb_typeof(snapshot -> 'client') = 'object'
        THEN jsonb_set(jsonb_set(snapshot, '{client,contactName}', to_jsonb(${ANONYMISED_NAME}::text)),
                       '{client,department}', 'null'::jsonb)
        ELSE snapshot END
    WHERE "inquiryId" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM "PortalAccess" WHERE "inquiryId" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM "OutboxMessage" WHERE "inquiryId" = ANY(${ids}::uuid[])`;
  return count;
}

async function anonymiseBookings(tx: Tx, ids: Ids, now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const count = await tx.$executeRaw`
    UPDATE "Booking" SET "contactName" = ${ANONYMISED_NAME}, email = 'anonym-' || id || '@anliegen.invalid',
      phone = NULL, organisation = '', "billingReference" = NULL, "anonymisedAt" = ${now}
    WHERE id = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`
    UPDATE "BookingParticipant" SET name = ${ANONYMISED_NAME}, email = NULL WHERE "bookingId" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM "OutboxMessage" WHERE "bookingId" = ANY(${ids}::uuid[])`;
  return count;
}

async function anonymiseAppointments(tx: Tx, ids: Ids, now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const count = await tx.$executeRaw`
    UPDATE "Appointment" SET name = ${ANONYMISED_NAME}, email = 'anonym-' || id || '@anliegen.invalid',
      phone = NULL, organisation = '', topic = '', "anonymisedAt" = ${now}
    WHERE id = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM "OutboxMessage" WHERE "appointmentId" = ANY(${ids}::uuid[])`;
  return count;
}

const pluck = (rows: { id: string }[]) => rows.map((row) => row.id);

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
  return db.$transaction(async (tx) => {
    const inquiries = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Inquiry" WHERE "anonymisedAt" IS NULL AND "updatedAt" < ${inquiryCutoff}
        AND COALESCE("closedAt", "receivedAt") < ${inquiryCutoff}`;
    const bookings = await tx.$queryRaw<{ id: string }[]>`
      SELECT b.id FROM "Booking" b JOIN "CourseSession" s ON s.id = b."sessionId"
      WHERE b."anonymisedAt" IS NULL AND s."endsAt" < ${bookingCutoff}`;
    const appointments = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Appointment" WHERE "anonymisedAt" IS NULL AND "endsAt" < ${appointmentCutoff}`;
    return {
      inquiries: await anonymiseInquiries(tx, pluck(inquiries), now),
      bookings: await anonymiseBookings(tx, pluck(bookings), now),
      appointments: await anonymiseAppointments(tx, pluck(appointments), now),
    };
  });
}

const byAddress = (email: string) => ({ equals: normaliseAddress(email), mode: "insensitive" as const });

/** Everything stored about one e-mail address, as plain JSON (the right of access, Art. 25 revDSG). */
export async function exportPersonalData(db: Database, email: string, now = new Date()) {
  const address = byAddress(email);
  const [inquiries, bookings, participations, appointments, messages] = await Promise.all([
    db.inquiry.findMany({
      where: { email: address },
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
      where: { email: address },
      omit: { manageTokenHash: true },
      include: {
        participants: true,
        session: { select: { startsAt: true, endsAt: true, location: true, course: { select: { title: true } } } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.bookingParticipant.findMany({
      where: { email: address, booking: { NOT: { email: address } } },
      include: {
        booking: { select: { session: { select: { startsAt: true, course: { select: { title: true } } } } } },
      },
    }),
    db.appointment.findMany({
      where: { email: address },
      omit: { manageTokenHash: true },
      orderBy: { startsAt: "asc" },
    }),
    db.outboxMessage.findMany({
      where: { recipient: address },
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

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;

export const UPCOMING_MESSAGE =
  "Für diese Adresse gibt es noch kommende Buchungen oder Erstgespräche. Bitte stornieren Sie diese zuerst, damit Plätze und Termine stimmen.";

export type DeletedCounts = AnonymisedCounts & { participants: number; emails: number };

/**
 * Erases everything about one address (the right to erasure): its inquiries, bookings and calls
 * are anonymised, its participant entries in others' bookings erased, its e-mails deleted.
 * Refused while the person still holds an upcoming seat or call, which must be cancelled first
 * so that seats, waiting lists and the calendar stay right.
 */
export async function deletePersonalData(db: Database, email: string, actorId: string | null, now = new Date()) {
  const address = byAddress(email);
  return db.$transaction(async (tx): Promise<DeletedCounts> => {
    const upcoming =
      (await tx.booking.count({
        where: {
          email: address,
          status: { not: "CANCELLED" },
          session: { startsAt: { gt: now }, status: { not: "CANCELLED" } },
        },
      })) + (await tx.appointment.count({ where: { email: address, status: "BOOKED", startsAt: { gt: now } } }));
    if (upcoming > 0) throw new AppError("CONFLICT", UPCOMING_MESSAGE, { field: "email" });

    const ids = async <T extends { id: string }>(rows: Promise<T[]>) => pluck(await rows);
    const inquiries = await anonymiseInquiries(
      tx,
      await ids(tx.inquiry.findMany({ where: { email: address }, select: { id: true } })),
      now,
    );
    const bookings = await anonymiseBookings(
      tx,
      await ids(tx.booking.findMany({ where: { email: address }, select: { id: true } })),
      now,
    );
    const appointments = await anonymiseAppointments(
      tx,
      await ids(tx.appointment.findMany({ where: { email: address }, select: { id: true } })),
      now,
    );
    const participants = await tx.bookingParticipant.updateMany({
      where: { email: address },
      data: { name: ANONYMISED_NAME, email: null },
    });
    const emails = await tx.outboxMessage.deleteMany({ where: { recipient: address } });
    const counts = { inquiries, bookings, appointments, participants: participants.count, emails: emails.count };
    // The log says that and how much was erased, never whose data it was.
    await tx.auditLog.create({
      data: { actorId, action: "privacy.erase", entityType: "Person", data: counts as Prisma.InputJsonObject },
    });
    return counts;
  });
}
