// Which e-mails go out when seats are booked, freed, promoted or a session changes; always written
// in the transaction of the change.
import type { SessionSummary } from "@/emails/booking-details";
import type { Tx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { formatDateTime, formatHoldDeadline, pluralText } from "@/lib/format";
import type { Salutation } from "@/lib/generated/prisma/enums";
import type { IcsEvent } from "@/lib/ics";
import { calendarDomain, links } from "@/lib/links";
import { enqueueMail, type EnqueueMailInput } from "@/lib/mail/outbox";

import { cancellationDeadline } from "./rules";
import type { SessionPlace } from "./types";

export type SessionForMail = SessionPlace & {
  status: "SCHEDULED" | "CANCELLED" | "HELD";
  bookingDeadline: Date | null;
  /** Grows with every move of the session. */
  calendarSequence: number;
  updatedAt: Date;
  course: { title: string };
  /** The days of a course run (decision 0037), in order; none for a one-day session. */
  days?: { startsAt: Date; endsAt: Date }[];
};

export type BookingForMail = {
  id: string;
  status: "HELD" | "CONFIRMED" | "WAITLISTED" | "CANCELLED";
  seats: number;
  /** Set while the booker has not confirmed from the mail. */
  holdExpiresAt: Date | null;
  /** The session's calendarSequence when the booking was made. */
  calendarSequenceBase: number;
  salutation: Salutation;
  contactName: string;
  email: string;
  billingReference: string | null;
  waitlistPosition: number | null;
  participants: { name: string; email: string | null }[];
};

export function sessionSummary(session: SessionForMail): SessionSummary {
  return {
    courseTitle: session.title || session.course.title,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    location: session.location,
    address: session.address,
    ...(session.days && session.days.length > 1
      ? {
          days: session.days.map((day) => ({ startsAt: day.startsAt.toISOString(), endsAt: day.endsAt.toISOString() })),
        }
      : {}),
  };
}

/**
 * A booking's calendar entry. Its SEQUENCE starts at 0 and grows with every move of the session
 * after the booking was made; a cancellation is one more.
 */
export function bookingIcs(booking: BookingForMail, session: SessionForMail, method: IcsEvent["method"]): IcsEvent {
  const summary = sessionSummary(session);
  return {
    uid: `booking-${booking.id}@${calendarDomain()}`,
    sequence: Math.max(0, session.calendarSequence - booking.calendarSequenceBase) + (method === "CANCEL" ? 1 : 0),
    startsAt: summary.startsAt,
    endsAt: summary.endsAt,
    summary: `Kurs: ${summary.courseTitle}`,
    description: `Teilnehmende: ${booking.participants.map((participant) => participant.name).join(", ")}`,
    location: [summary.location, summary.address].filter(Boolean).join(", "),
    url: links.session(session.id),
    organizer: { name: "Anliegen", email: getEnv().CONSULTANT_EMAIL },
    attendee: { name: booking.contactName, email: booking.email },
    method,
  };
}

/**
 * What a booking's mail carries for the calendar: the one entry of a one-day session (`ics`), or
 * one entry per day of a course run (`calendar`, decision 0037), each with its own stable UID.
 */
export function bookingCalendarProps(
  booking: BookingForMail,
  session: SessionForMail,
  method: IcsEvent["method"],
): { ics?: IcsEvent; calendar?: IcsEvent[] } {
  const entry = bookingIcs(booking, session, method);
  if (!session.days || session.days.length < 2) return { ics: entry };
  return {
    calendar: session.days.map((day, index) => ({
      ...entry,
      uid: `booking-${booking.id}-tag-${index + 1}@${calendarDomain()}`,
      startsAt: day.startsAt.toISOString(),
      endsAt: day.endsAt.toISOString(),
      summary: `${entry.summary} (Kurstag ${index + 1} von ${session.days!.length})`,
    })),
  };
}

function deadlineText(booking: BookingForMail, session: SessionForMail): string {
  const status = booking.status === "CANCELLED" || booking.status === "HELD" ? "CONFIRMED" : booking.status;
  return formatDateTime(cancellationDeadline({ status, session }, getEnv().BOOKING_CANCEL_DEADLINE_HOURS));
}

/** The booker's mail of notifyBookingPlaced, ready for the outbox. */
export function bookingPlacedMail(
  booking: BookingForMail,
  session: SessionForMail,
  manageToken: string,
  outcome: "HELD" | "CONFIRMED" | "WAITLISTED" | "PROMOTED",
  /** Why a new booking waits, as the placement rule said. */
  waitlistReason?: string | null,
): EnqueueMailInput<"booking-placed"> {
  return {
    template: "booking-placed",
    props: {
      outcome,
      salutation: booking.salutation,
      contactName: booking.contactName,
      session: sessionSummary(session),
      seats: booking.seats,
      participants: booking.participants.map((participant) => participant.name),
      waitlistPosition: booking.waitlistPosition ?? undefined,
      waitlistReason: waitlistReason ?? undefined,
      billingReference: booking.billingReference ?? undefined,
      manageUrl: links.manageBooking(manageToken),
      cancelDeadline: deadlineText(booking, session),
      confirmBy: booking.holdExpiresAt ? formatHoldDeadline(booking.holdExpiresAt) : undefined,
      ...(booking.status === "CONFIRMED" ? bookingCalendarProps(booking, session, "REQUEST") : {}),
    },
    to: booking.email,
    replyTo: getEnv().CONSULTANT_EMAIL,
    idempotencyKey: `booking:${booking.id}:${outcome.toLowerCase()}`,
    bookingId: booking.id,
  };
}

/**
 * To the booker: seats held (confirm from the link), confirmed, waitlisted, or (outcome PROMOTED)
 * moved up from the list. The consultant hears of seats only once they are confirmed.
 */
export async function notifyBookingPlaced(
  tx: Tx,
  booking: BookingForMail,
  session: SessionForMail,
  manageToken: string,
  outcome: "HELD" | "CONFIRMED" | "WAITLISTED" | "PROMOTED",
  /** Why a new booking waits, as the placement rule said. */
  waitlistReason?: string | null,
): Promise<void> {
  await enqueueMail(tx, bookingPlacedMail(booking, session, manageToken, outcome, waitlistReason));
  const seatsConfirmed = booking.status === "CONFIRMED";
  // The consultant hears of confirmed seats; holds and the waiting list are visible in the admin area.
  if (!seatsConfirmed) return;
  const what = outcome === "PROMOTED" ? "Von der Warteliste nachgerückt" : "Neue Buchung";
  await notifyConsultant(tx, booking, session, what, outcome.toLowerCase());
}

export async function notifyBookingCancelled(
  tx: Tx,
  booking: BookingForMail,
  session: SessionForMail,
  wasWaitlisted: boolean,
  /** Set when the consultant cancelled the booking: the reason, told to the booker. */
  consultantMessage?: string,
): Promise<void> {
  await enqueueMail(tx, {
    template: "booking-cancelled",
    props: {
      salutation: booking.salutation,
      contactName: booking.contactName,
      session: sessionSummary(session),
      wasWaitlisted,
      byConsultant: consultantMessage !== undefined,
      message: consultantMessage || undefined,
      seats: booking.seats,
      ...(wasWaitlisted ? {} : bookingCalendarProps(booking, session, "CANCEL")),
    },
    to: booking.email,
    replyTo: getEnv().CONSULTANT_EMAIL,
    idempotencyKey: `booking:${booking.id}:cancelled`,
    bookingId: booking.id,
  });
  if (booking.status === "CONFIRMED") await notifyConsultant(tx, booking, session, "Buchung storniert", "cancelled");
}

async function notifyConsultant(
  tx: Tx,
  booking: BookingForMail,
  session: SessionForMail,
  what: string,
  key: string,
): Promise<void> {
  const summary = sessionSummary(session);
  await enqueueMail(tx, {
    template: "message",
    props: {
      subject: `${what}: ${summary.courseTitle}, ${formatDateTime(session.startsAt)}`,
      body: [
        `${what} für «${summary.courseTitle}» am ${formatDateTime(session.startsAt)}.`,
        `${booking.contactName} <${booking.email}>, ${pluralText(booking.seats, "Platz", "Plätze")}: ${booking.participants.map((participant) => participant.name).join(", ")}`,
        `Teilnehmerliste: ${links.adminSession(session.id)}`,
      ].join("\n\n"),
    },
    to: getEnv().CONSULTANT_EMAIL,
    replyTo: booking.email,
    idempotencyKey: `booking:${booking.id}:${key}:consultant`,
    bookingId: booking.id,
  });
}

type Recipient = { name: string; email: string; salutation?: Salutation };

/**
 * Everyone a booking concerns: the booker and every participant with an address, each once. Only
 * the booker chose a salutation; participants are greeted with their full name.
 */
export function bookingRecipients(booking: BookingForMail): Recipient[] {
  const seen = new Map<string, Recipient>();
  seen.set(booking.email.toLowerCase(), {
    name: booking.contactName,
    email: booking.email,
    salutation: booking.salutation,
  });
  for (const participant of booking.participants) {
    if (participant.email && !seen.has(participant.email.toLowerCase())) {
      seen.set(participant.email.toLowerCase(), { name: participant.name, email: participant.email });
    }
  }
  return [...seen.values()];
}

export async function notifySessionChanged(
  tx: Tx,
  booking: BookingForMail,
  session: SessionForMail,
  change: "MOVED" | "CANCELLED",
  message: string,
  previous?: SessionForMail,
): Promise<void> {
  const stamp = session.updatedAt.getTime();
  for (const recipient of bookingRecipients(booking)) {
    await enqueueMail(tx, {
      template: "session-changed",
      props: {
        change,
        salutation: recipient.salutation,
        name: recipient.name,
        session: sessionSummary(session),
        previous: previous ? sessionSummary(previous) : undefined,
        message,
        ...(booking.status === "CONFIRMED" || change === "CANCELLED"
          ? bookingCalendarProps(booking, session, change === "CANCELLED" ? "CANCEL" : "REQUEST")
          : {}),
      },
      to: recipient.email,
      replyTo: getEnv().CONSULTANT_EMAIL,
      idempotencyKey: `booking:${booking.id}:session-${change.toLowerCase()}:${stamp}:${recipient.email.toLowerCase()}`,
      bookingId: booking.id,
    });
  }
}

export async function notifyReminder(tx: Tx, booking: BookingForMail, session: SessionForMail): Promise<void> {
  for (const recipient of bookingRecipients(booking)) {
    await enqueueMail(tx, {
      template: "session-reminder",
      props: { salutation: recipient.salutation, name: recipient.name, session: sessionSummary(session) },
      to: recipient.email,
      replyTo: getEnv().CONSULTANT_EMAIL,
      idempotencyKey: `session:${session.id}:reminder:${recipient.email.toLowerCase()}`,
      bookingId: booking.id,
    });
  }
}
