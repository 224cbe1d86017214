// Team registration (decision 0031): one person registers once for all days of an in-house
// engagement. Every entry path (the registration link, the client's list in the portal, the
// consultant's form and CSV import) writes through registerTeamMembers, and every cancellation
// through cancelTeamRegistration. Each change locks the inquiry row and then its sessions, so
// concurrent registrations of one engagement queue up; a seated person gets one confirmed Booking
// (with one BookingParticipant) per day, all in one transaction, so attendance and certificates
// per day keep working. The partial unique index TeamRegistration_active_email_guard refuses a
// second active registration of one address even if a bug skipped the check.
import { randomBytes } from "node:crypto";

import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { hashManageToken } from "@/lib/manage-token";
import { getAcceptedEngagement } from "@/lib/proposals/queries";

import { hashRegistrationToken, isRegistrationTokenShape } from "./link-token";
import { notifyRegistration, type RegistrationDay } from "./notify";
import { countRegistrations } from "./queries";
import {
  REGISTRATION_LINK_MESSAGES,
  registrationCapacity,
  registrationEmailKey,
  registrationPlacement,
  registrationsToPromote,
} from "./rules";
import {
  registrationPersonSchema,
  type CancelRegistrationInput,
  type ParsedRegistrationPerson,
  type RegisterByLinkInput,
  type RegistrationPerson,
  type RegistrationSourceName,
} from "./schemas";

export type RegisterTeamMembersInput = {
  inquiryId: string;
  people: RegistrationPerson[];
  source: RegistrationSourceName;
};

export type RegistrationOutcome = {
  registrationId: string;
  name: string;
  email: string;
  /** What this call did: seated, put on the waiting list, or nothing (the address was registered already). */
  outcome: "REGISTERED" | "WAITLISTED" | "ALREADY_REGISTERED";
  /** Where the person stands now. */
  status: "REGISTERED" | "WAITLISTED";
  /** The place on the waiting list (1 = next), null when seated. */
  waitlistPosition: number | null;
};

export const NO_DATES_MESSAGE =
  "Für diesen Kurs sind noch keine Termine festgelegt; eine Anmeldung ist noch nicht möglich.";
export const REGISTRATION_CLOSED_MESSAGE = "Die Anmeldung ist geschlossen: Der Kurs hat bereits begonnen.";
export const DAY_BOOKED_ELSEWHERE_MESSAGE =
  "Mit dieser E-Mail-Adresse besteht für einen Kurstag bereits eine andere Buchung. Bitte melden Sie sich direkt.";

type LockedDay = {
  id: string;
  capacity: number;
  seatsTaken: number;
  startsAt: Date;
  endsAt: Date;
  title: string | null;
  location: string;
  address: string;
  calendarSequence: number;
};

export type EngagementSeats = {
  inquiryId: string;
  organisationName: string;
  title: string;
  capacity: number;
  registered: number;
  waiting: number;
  days: LockedDay[];
};

/**
 * Locks the engagement (inquiry row, then its scheduled days in date order) until the transaction
 * ends and reads its seats. Every registration change goes through here.
 */
export async function lockEngagement(tx: Tx, inquiryId: string): Promise<EngagementSeats> {
  const inquiries = await tx.$queryRaw<{ id: string; organisationName: string }[]>`
    SELECT "id", "organisationName" FROM "Inquiry" WHERE "id" = ${inquiryId}::uuid FOR UPDATE`;
  const inquiry = inquiries[0];
  if (!inquiry) throw new AppError("NOT_FOUND", "Diese Anfrage gibt es nicht.");
  const days = await tx.$queryRaw<LockedDay[]>`
    SELECT "id", "capacity", "seatsTaken", "startsAt", "endsAt", "title", "location", "address", "calendarSequence"
      FROM "CourseSession"
     WHERE "inquiryId" = ${inquiryId}::uuid AND "status" = 'SCHEDULED'
     ORDER BY "startsAt", "id" FOR UPDATE`;
  const accepted = await getAcceptedEngagement(tx, inquiryId);
  const counts = await countRegistrations(tx, inquiryId);
  return {
    inquiryId,
    organisationName: inquiry.organisationName,
    title: accepted?.title ?? days[0]?.title ?? "Kurs",
    capacity:
      registrationCapacity(
        accepted?.groupSize ?? null,
        days.map((day) => day.capacity),
      ) ?? 0,
    ...counts,
    days,
  };
}

const dayFreeSeats = (days: readonly LockedDay[]) => Math.min(...days.map((day) => day.capacity - day.seatsTaken));

export const mailDays = (seats: EngagementSeats): RegistrationDay[] =>
  seats.days.map((day) => ({ ...day, title: day.title || seats.title }));

/** Seats a registration on every day: one confirmed booking with one participant per day. */
async function seatOnEveryDay(
  tx: Tx,
  seats: EngagementSeats,
  registration: { id: string; salutation: ParsedRegistrationPerson["salutation"]; name: string; email: string },
  now: Date,
): Promise<void> {
  for (const day of seats.days) {
    // Each day's booking needs a manage token of its own; it is never sent (the registration is
    // changed as a whole), so it opens nothing.
    const unusedToken = randomBytes(32).toString("base64url");
    await tx.booking.create({
      data: {
        sessionId: day.id,
        status: "CONFIRMED",
        seats: 1,
        salutation: registration.salutation,
        contactName: registration.name,
        email: registration.email,
        organisation: seats.organisationName,
        manageTokenHash: hashManageToken(unusedToken),
        calendarSequenceBase: day.calendarSequence,
        confirmedAt: now,
        registrationId: registration.id,
        participants: { create: [{ name: registration.name, email: registration.email, position: 0 }] },
      },
    });
    await tx.courseSession.update({ where: { id: day.id }, data: { seatsTaken: { increment: 1 } } });
    day.seatsTaken += 1;
  }
  seats.registered += 1;
}

function parsePeople(people: readonly RegistrationPerson[]): ParsedRegistrationPerson[] {
  return people.map((person, index) => {
    const parsed = registrationPersonSchema.safeParse(person);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    throw new AppError("VALIDATION", issue.message, { field: ["people", index, ...issue.path].join(".") });
  });
}

/**
 * Registers people of the client's team for all days of the engagement, in order: each gets a seat
 * on every day while seats are free (the accepted proposal's group size), else the next place on
 * the waiting list; an address already registered (or waiting) changes nothing and is reported as
 * such. All of it, the mails included, happens in one transaction or not at all.
 */
export async function registerTeamMembers(
  db: Database,
  actor: Actor,
  input: RegisterTeamMembersInput,
  now = new Date(),
): Promise<RegistrationOutcome[]> {
  const people = parsePeople(input.people);
  return inTransaction(db, async (tx) => {
    const seats = await lockEngagement(tx, input.inquiryId);
    if (seats.days.length === 0) throw new AppError("CONFLICT", NO_DATES_MESSAGE);
    if (input.source !== "ADMIN" && seats.days[0]!.startsAt.getTime() <= now.getTime()) {
      throw new AppError("CONFLICT", REGISTRATION_CLOSED_MESSAGE);
    }
    const outcomes: RegistrationOutcome[] = [];
    for (const [index, person] of people.entries()) {
      const existing = await tx.teamRegistration.findFirst({
        where: {
          inquiryId: input.inquiryId,
          email: { equals: registrationEmailKey(person.email), mode: "insensitive" },
          status: { in: ["REGISTERED", "WAITLISTED"] },
        },
      });
      if (existing) {
        outcomes.push({
          registrationId: existing.id,
          name: existing.name,
          email: existing.email,
          outcome: "ALREADY_REGISTERED",
          status: existing.status as "REGISTERED" | "WAITLISTED",
          waitlistPosition: await waitlistRank(tx, existing),
        });
        continue;
      }
      const elsewhere = await tx.booking.count({
        where: {
          sessionId: { in: seats.days.map((day) => day.id) },
          status: { not: "CANCELLED" },
          email: { equals: person.email, mode: "insensitive" },
        },
      });
      if (elsewhere > 0) {
        throw new AppError("CONFLICT", DAY_BOOKED_ELSEWHERE_MESSAGE, { field: `people.${index}.email` });
      }
      const placement = registrationPlacement({ ...seats, dayFreeSeats: dayFreeSeats(seats.days) });
      const last = await tx.teamRegistration.aggregate({
        where: { inquiryId: input.inquiryId, status: "WAITLISTED" },
        _max: { waitlistPosition: true },
      });
      const registration = await tx.teamRegistration.create({
        data: {
          inquiryId: input.inquiryId,
          salutation: person.salutation,
          name: person.name,
          email: person.email,
          function: person.function,
          situation: person.situation,
          wish: person.wish,
          source: input.source,
          status: placement,
          waitlistPosition: placement === "WAITLISTED" ? (last._max.waitlistPosition ?? 0) + 1 : null,
        },
      });
      let rank: number | null = null;
      if (placement === "REGISTERED") await seatOnEveryDay(tx, seats, registration, now);
      else {
        seats.waiting += 1;
        rank = seats.waiting;
      }
      await notifyRegistration(tx, {
        registration,
        title: seats.title,
        days: mailDays(seats),
        kind: placement,
        waitlistPosition: rank,
      });
      await recordAudit(tx, actor, {
        action: "registration.create",
        entityType: "TeamRegistration",
        entityId: registration.id,
        data: { inquiryId: input.inquiryId, source: input.source, status: placement },
      });
      outcomes.push({
        registrationId: registration.id,
        name: registration.name,
        email: registration.email,
        outcome: placement,
        status: placement,
        waitlistPosition: rank,
      });
    }
    return outcomes;
  });
}

/** The place (1 = next) of a waiting registration; null when it is not waiting. */
async function waitlistRank(
  tx: Tx,
  registration: { inquiryId: string; status: string; waitlistPosition: number | null },
): Promise<number | null> {
  if (registration.status !== "WAITLISTED" || registration.waitlistPosition === null) return null;
  return tx.teamRegistration.count({
    where: {
      inquiryId: registration.inquiryId,
      status: "WAITLISTED",
      waitlistPosition: { lte: registration.waitlistPosition },
    },
  });
}

/**
 * Moves waiting registrations up in list order while every day has a free seat: each is seated on
 * every day and told by mail. Call with the engagement locked (lockEngagement).
 */
export async function promoteWaitingRegistrations(
  tx: Tx,
  actor: Actor,
  seats: EngagementSeats,
  now: Date,
): Promise<string[]> {
  if (seats.days.length === 0 || seats.days[0]!.startsAt.getTime() <= now.getTime()) return [];
  const count = registrationsToPromote({ ...seats, dayFreeSeats: dayFreeSeats(seats.days) });
  if (count === 0) return [];
  const next = await tx.teamRegistration.findMany({
    where: { inquiryId: seats.inquiryId, status: "WAITLISTED" },
    orderBy: { waitlistPosition: "asc" },
    take: count,
  });
  for (const waiting of next) await seatWaitingRegistration(tx, actor, seats, waiting.id, now);
  return next.map((registration) => registration.id);
}

/**
 * Seats one waiting registration on every day and sends the confirmation; the consultant's "Platz
 * geben" (decision 0036) uses it with its own audit action. Call with the engagement locked.
 */
export async function seatWaitingRegistration(
  tx: Tx,
  actor: Actor,
  seats: EngagementSeats,
  registrationId: string,
  now: Date,
  auditAction = "registration.promote",
): Promise<void> {
  const registration = await tx.teamRegistration.update({
    where: { id: registrationId },
    data: { status: "REGISTERED", waitlistPosition: null, promotedAt: now },
  });
  seats.waiting -= 1;
  await seatOnEveryDay(tx, seats, registration, now);
  await notifyRegistration(tx, {
    registration,
    title: seats.title,
    days: mailDays(seats),
    kind: "PROMOTED",
    waitlistPosition: null,
  });
  await recordAudit(tx, actor, {
    action: auditAction,
    entityType: "TeamRegistration",
    entityId: registration.id,
    data: { inquiryId: seats.inquiryId },
  });
}

/**
 * Cancels a registration as a whole: its seat on every day is freed (or its waiting place given
 * up), and the first waiting people move up. Cancelling twice changes nothing.
 */
export async function cancelTeamRegistration(
  db: Database,
  actor: Actor,
  input: CancelRegistrationInput,
  now = new Date(),
): Promise<{ cancelled: boolean; promotedRegistrationIds: string[] }> {
  const found = await db.teamRegistration.findUnique({
    where: { id: input.registrationId },
    select: { inquiryId: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "Diese Anmeldung gibt es nicht.");
  return inTransaction(db, async (tx) => {
    const seats = await lockEngagement(tx, found.inquiryId);
    return cancelLockedRegistration(tx, actor, seats, input.registrationId, now);
  });
}

/**
 * cancelTeamRegistration inside a transaction that already holds the engagement's lock
 * (lockEngagement): erasure (lib/privacy) cancels through here in its own transaction.
 */
export async function cancelLockedRegistration(
  tx: Tx,
  actor: Actor,
  seats: EngagementSeats,
  registrationId: string,
  now: Date,
): Promise<{ cancelled: boolean; promotedRegistrationIds: string[] }> {
  const registration = await tx.teamRegistration.findUniqueOrThrow({
    where: { id: registrationId },
    include: { bookings: { where: { status: { not: "CANCELLED" } }, select: { id: true, sessionId: true } } },
  });
  if (registration.status === "CANCELLED") return { cancelled: false, promotedRegistrationIds: [] };
  await tx.teamRegistration.update({
    where: { id: registration.id },
    data: { status: "CANCELLED", waitlistPosition: null, cancelledAt: now },
  });
  if (registration.status === "REGISTERED") {
    for (const booking of registration.bookings) {
      await tx.booking.update({ where: { id: booking.id }, data: { status: "CANCELLED", cancelledAt: now } });
      await tx.courseSession.update({ where: { id: booking.sessionId }, data: { seatsTaken: { decrement: 1 } } });
      const day = seats.days.find((entry) => entry.id === booking.sessionId);
      if (day) day.seatsTaken -= 1;
    }
    seats.registered -= 1;
  } else seats.waiting -= 1;
  await recordAudit(tx, actor, {
    action: "registration.cancel",
    entityType: "TeamRegistration",
    entityId: registration.id,
    data: { inquiryId: registration.inquiryId, was: registration.status },
  });
  const promotedRegistrationIds = await promoteWaitingRegistrations(tx, actor, seats, now);
  return { cancelled: true, promotedRegistrationIds };
}

/**
 * A team member registers themselves through the engagement's link: a revoked or unknown link
 * registers nobody. The rest is registerTeamMembers with the source LINK.
 */
export async function registerByLink(
  db: Database,
  actor: Actor,
  input: RegisterByLinkInput,
  now = new Date(),
): Promise<RegistrationOutcome> {
  const link = isRegistrationTokenShape(input.token)
    ? await db.registrationLink.findUnique({ where: { tokenHash: hashRegistrationToken(input.token) } })
    : null;
  if (!link) throw new AppError("NOT_FOUND", REGISTRATION_LINK_MESSAGES.UNKNOWN);
  if (link.revokedAt) throw new AppError("EXPIRED", REGISTRATION_LINK_MESSAGES.REVOKED);
  const [outcome] = await registerTeamMembers(
    db,
    actor,
    {
      inquiryId: link.inquiryId,
      people: [
        {
          salutation: input.salutation,
          name: input.name,
          email: input.email,
          function: input.function,
          situation: input.situation,
          wish: input.wish,
        },
      ],
      source: "LINK",
    },
    now,
  );
  return outcome!;
}
