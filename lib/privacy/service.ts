import "server-only";

import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";

import {
  anonymiseAppointments,
  anonymiseBookings,
  anonymiseInquiries,
  anonymiseRegistrations,
  needlesOf,
  pluck,
} from "./anonymise";
import { cancelUpcomingFor, type CancelledCounts } from "./cancel";
import { deleteJobsMentioning, deleteMailsMentioning } from "./copies";
import { idsWithAddress, mailIdsForAddress } from "./queries";
import { ANONYMISED_NAME, normaliseAddress, retentionCutoff, type RetentionSettings } from "./rules";
export type AnonymisedCounts = { inquiries: number; bookings: number; appointments: number; registrations: number };

/** The worker's daily task: everything past its retention, in one transaction per run. */
export async function anonymiseExpired(
  db: Database,
  _actor: Actor,
  settings: RetentionSettings,
  now = new Date(),
): Promise<AnonymisedCounts> {
  const inquiryCutoff = retentionCutoff(now, settings.inquiryMonths);
  const bookingCutoff = retentionCutoff(now, settings.bookingMonths);
  const appointmentCutoff = retentionCutoff(now, settings.appointmentMonths);
  return inTransaction(
    db,
    async (tx) => {
      const inquiries = pluck(
        await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Inquiry" WHERE "anonymisedAt" IS NULL AND "updatedAt" < ${inquiryCutoff}
          AND COALESCE("closedAt", "receivedAt") < ${inquiryCutoff}`,
      );
      // An inquiry takes its team's registrations along (decision 0031), and their days' bookings,
      // which name the same people; its registration link goes as well.
      const registrations = pluck(
        await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "TeamRegistration" WHERE "anonymisedAt" IS NULL AND "inquiryId" = ANY(${inquiries}::uuid[])`,
      );
      const bookings = pluck(
        await tx.$queryRaw<{ id: string }[]>`
        SELECT b.id FROM "Booking" b JOIN "CourseSession" s ON s.id = b."sessionId"
        WHERE b."anonymisedAt" IS NULL AND (s."endsAt" < ${bookingCutoff} OR b."registrationId" = ANY(${registrations}::uuid[]))`,
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
        registrations: await anonymiseRegistrations(tx, registrations, now),
      };
      await tx.$executeRaw`DELETE FROM "RegistrationLink" WHERE "inquiryId" = ANY(${inquiries}::uuid[])`;
      await deleteMailsMentioning(tx, needles);
      await deleteJobsMentioning(tx, needles);
      return counts;
    },
    { timeout: ERASURE_TIMEOUT_MS },
  );
}

/** Reading every stored mail takes a while on a large outbox. */
const ERASURE_TIMEOUT_MS = 120_000;

export type DeletedCounts = AnonymisedCounts & CancelledCounts & { participants: number; emails: number; jobs: number };

/**
 * Erases everything about one address (the right to erasure): upcoming seats, team registrations
 * and calls are cancelled (seats go to the waiting list), its inquiries, bookings, team
 * registrations and calls are anonymised together with every copy of their words (designs,
 * proposal versions), its participant entries in others' bookings are erased, and every mail and
 * job that names the person is deleted.
 */
export async function deletePersonalData(db: Database, actor: Actor, { email }: { email: string }, now = new Date()) {
  const address = normaliseAddress(email);
  return inTransaction(
    db,
    async (tx): Promise<DeletedCounts> => {
      const cancelled = await cancelUpcomingFor(tx, actor, address, now);
      const registrationIds = await idsWithAddress(tx, "TeamRegistration", address);
      const rows = {
        inquiries: await idsWithAddress(tx, "Inquiry", address),
        bookings: await idsWithAddress(tx, "Booking", address),
        appointments: await idsWithAddress(tx, "Appointment", address),
      };
      const needles = [address, ...(await needlesOf(tx, rows))];
      const inquiries = await anonymiseInquiries(tx, rows.inquiries, now);
      const bookings = await anonymiseBookings(tx, rows.bookings, now);
      const appointments = await anonymiseAppointments(tx, rows.appointments, now);
      const registrations = await anonymiseRegistrations(tx, registrationIds, now);
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
        registrations,
        participants,
        emails: sent + mentioned,
        jobs,
      };
      // The log says that and how much was erased, never whose data it was.
      await recordAudit(tx, actor, {
        action: "privacy.erase",
        entityType: "Person",
        data: counts,
      });
      return counts;
    },
    { timeout: ERASURE_TIMEOUT_MS },
  );
}
