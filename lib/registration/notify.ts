// The mails of a team registration (decision 0031), written to the outbox in the registration's
// transaction: the confirmation with one calendar entry per course day, the waiting-list notice,
// and the confirmation after moving up from the waiting list.
import type { SessionPlace } from "@/lib/booking/types";
import type { Tx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { formatLongDate, formatTime } from "@/lib/format";
import type { IcsEvent } from "@/lib/ics";
import { calendarDomain } from "@/lib/links";
import { enqueueMail } from "@/lib/mail/outbox";

export type RegistrationDay = SessionPlace & {
  title: string;
  calendarSequence: number;
};

type RegistrationForMail = {
  id: string;
  salutation: "MS" | "MR" | "NEUTRAL";
  name: string;
  email: string;
  inquiryId: string;
};

const placeOf = (day: RegistrationDay) => [day.location, day.address].filter(Boolean).join(", ");

/** "Dienstag, 30.03.2027, 08:30–16:30 Uhr, Bern, Schulungsraum". */
export function registrationDayLine(day: RegistrationDay): string {
  return `${formatLongDate(day.startsAt)}, ${formatTime(day.startsAt)}–${formatTime(day.endsAt)} Uhr, ${placeOf(day)}`;
}

/** One course day as the participant's own calendar entry (stable per registration and day). */
export function registrationDayIcs(registration: RegistrationForMail, day: RegistrationDay): IcsEvent {
  return {
    uid: `registration-${registration.id}-${day.id}@${calendarDomain()}`,
    sequence: day.calendarSequence,
    startsAt: day.startsAt.toISOString(),
    endsAt: day.endsAt.toISOString(),
    summary: `Kurs: ${day.title}`,
    location: placeOf(day),
    organizer: { name: "Anliegen", email: getEnv().CONSULTANT_EMAIL },
    attendee: { name: registration.name, email: registration.email },
    method: "REQUEST",
  };
}

export async function notifyRegistration(
  tx: Tx,
  input: {
    registration: RegistrationForMail;
    title: string;
    days: RegistrationDay[];
    kind: "REGISTERED" | "WAITLISTED" | "PROMOTED";
    waitlistPosition: number | null;
  },
): Promise<void> {
  const { registration, kind } = input;
  await enqueueMail(tx, {
    template: "team-registration",
    props: {
      kind,
      salutation: registration.salutation,
      name: registration.name,
      title: input.title,
      days: input.days.map(registrationDayLine),
      calendar: kind === "WAITLISTED" ? undefined : input.days.map((day) => registrationDayIcs(registration, day)),
      waitlistPosition: input.waitlistPosition,
    },
    to: registration.email,
    replyTo: getEnv().CONSULTANT_EMAIL,
    idempotencyKey: `registration:${registration.id}:${kind}`,
    inquiryId: registration.inquiryId,
  });
}
