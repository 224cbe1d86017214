// Pure rules of the course certificate (decision 0027): who attended which course day, and how a
// certificate says it. A participant across the days of a course is one person by e-mail (or, without
// one, by name); only someone present on at least one day gets a certificate.
import { toZurichWallTime, zurichDate } from "@/lib/calendar/zurich-time";

export type AttendanceMark = "UNKNOWN" | "PRESENT" | "ABSENT";

export type RunDay = { sessionId: string; startsAt: Date; endsAt: Date };

export type DayRegistration = {
  sessionId: string;
  name: string;
  email: string | null;
  attendance: AttendanceMark;
};

export type CertificateParticipant = {
  key: string;
  name: string;
  email: string | null;
  /** 1-based numbers of the days attended, ascending. */
  attendedDays: number[];
  totalDays: number;
  /** Course time of the attended days, in minutes. */
  minutes: number;
};

/** The same person on every day of a course: the e-mail decides; without one, the name. */
export function participantKey(name: string, email: string | null): string {
  const address = email?.trim().toLowerCase();
  return address ? `mail:${address}` : `name:${name.trim().replace(/\s+/g, " ").toLowerCase()}`;
}

/**
 * The course days of a run. An in-house course has one session per day; a public session may
 * span several calendar days, each from its start time to its end time (Zurich wall clock).
 */
export function runDays(sessions: RunDay[]): { sessionId: string; date: Date; minutes: number }[] {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  if (sorted.length !== 1) {
    return sorted.map((session) => ({
      sessionId: session.sessionId,
      date: session.startsAt,
      minutes: Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000),
    }));
  }
  const only = sorted[0]!;
  const startKey = zurichDate(only.startsAt);
  const endKey = zurichDate(only.endsAt);
  if (startKey === endKey) {
    return [
      {
        sessionId: only.sessionId,
        date: only.startsAt,
        minutes: Math.round((only.endsAt.getTime() - only.startsAt.getTime()) / 60_000),
      },
    ];
  }
  const start = toZurichWallTime(only.startsAt);
  const end = toZurichWallTime(only.endsAt);
  const perDay = Math.max(0, end.hour * 60 + end.minute - (start.hour * 60 + start.minute));
  const dayCount =
    Math.round((Date.parse(`${endKey}T00:00:00Z`) - Date.parse(`${startKey}T00:00:00Z`)) / 86_400_000) + 1;
  return Array.from({ length: dayCount }, (_, index) => ({
    sessionId: only.sessionId,
    date: new Date(only.startsAt.getTime() + index * 86_400_000),
    minutes: perDay,
  }));
}

/**
 * Who gets a certificate: everyone marked present on at least one day, with the days attended.
 * A single session spanning several days has one mark for all of them.
 */
export function certificateParticipants(
  sessions: RunDay[],
  registrations: DayRegistration[],
): CertificateParticipant[] {
  const days = runDays(sessions);
  const people = new Map<string, CertificateParticipant>();
  for (const registration of registrations) {
    const key = participantKey(registration.name, registration.email);
    const person = people.get(key) ?? {
      key,
      name: registration.name.trim(),
      email: registration.email?.trim() || null,
      attendedDays: [],
      totalDays: days.length,
      minutes: 0,
    };
    people.set(key, person);
    if (registration.attendance !== "PRESENT") continue;
    days.forEach((day, index) => {
      if (day.sessionId !== registration.sessionId || person.attendedDays.includes(index + 1)) return;
      person.attendedDays.push(index + 1);
      person.minutes += day.minutes;
    });
  }
  return [...people.values()]
    .filter((person) => person.attendedDays.length > 0)
    .map((person) => ({ ...person, attendedDays: [...person.attendedDays].sort((a, b) => a - b) }))
    .sort((a, b) => a.name.localeCompare(b.name, "de-CH"));
}

export function isPartialAttendance(person: Pick<CertificateParticipant, "attendedDays" | "totalDays">): boolean {
  return person.attendedDays.length < person.totalDays;
}

/** "an 1 von 2 Tagen", "an allen 2 Kurstagen", "am Kurstag". */
export function attendanceText(person: Pick<CertificateParticipant, "attendedDays" | "totalDays">): string {
  if (person.totalDays === 1) return "am Kurstag";
  if (isPartialAttendance(person)) return `an ${person.attendedDays.length} von ${person.totalDays} Tagen`;
  return `an allen ${person.totalDays} Kurstagen`;
}

/** "7.5 Stunden", "8 Stunden", "1 Stunde". */
export function hoursText(minutes: number): string {
  const hours = Math.round((minutes / 60) * 2) / 2;
  const figure = Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
  return `${figure} ${hours === 1 ? "Stunde" : "Stunden"}`;
}

/** A file name without spaces or umlauts: "Kursbestaetigung-Anna-Muster.pdf". */
export function certificateFileName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `Kursbestaetigung-${slug || "Teilnehmer"}.pdf`;
}
