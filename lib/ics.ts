// Calendar invitations (RFC 5545) for calls and course sessions, written by hand: a small text
// format, and no maintained generator supports Node 20. Times carry TZID=Europe/Zurich with the
// zone's definition included, so every client shows the same wall-clock time.
import { fromZurichWallTime, toZurichWallTime } from "@/lib/calendar/zurich-time";

export type IcsEvent = {
  /** Stable per booking or call, so an update or a cancellation replaces the first entry. */
  uid: string;
  /** Grows with every change of the same event. */
  sequence: number;
  startsAt: string;
  endsAt: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer: { name: string; email: string };
  attendee?: { name: string; email: string };
  /** REQUEST adds or updates the entry; CANCEL removes it. */
  method: "REQUEST" | "CANCEL";
};

const ZURICH_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Zurich",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * DTSTART/DTEND in Zurich time. A time in the hour repeated in October is ambiguous in local time
 * (RFC 5545 reads it as the first occurrence), so such an instant is written in UTC instead.
 */
function dateTimeProperty(name: string, iso: string): string {
  const instant = new Date(iso);
  const wall = toZurichWallTime(instant);
  const local = fromZurichWallTime(wall.date, wall.hour, wall.minute, wall.second);
  const earlier = new Date(local.getTime() - 60 * 60_000);
  const wallEarlier = toZurichWallTime(earlier);
  const ambiguous =
    wallEarlier.date === wall.date && wallEarlier.hour === wall.hour && wallEarlier.minute === wall.minute;
  if (local.getTime() !== instant.getTime() || ambiguous) return `${name}:${utcStamp(instant)}`;
  const [year, month, day] = wall.date.split("-");
  return `${name};TZID=Europe/Zurich:${year}${month}${day}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;
}

/** TEXT values (RFC 5545 3.3.11); every line break (CRLF, a lone CR or LF) becomes "\\n", so none reaches a line. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function person(property: string, who: { name: string; email: string }, extra = ""): string {
  return `${property};CN=${JSON.stringify(who.name.replace(/"/g, "'"))}${extra}:mailto:${who.email}`;
}

export function buildIcs(event: IcsEvent, now = new Date()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Anliegen//Buchungen//DE",
    "CALSCALE:GREGORIAN",
    `METHOD:${event.method}`,
    ...ZURICH_VTIMEZONE,
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `SEQUENCE:${event.sequence}`,
    dateTimeProperty("DTSTART", event.startsAt),
    dateTimeProperty("DTEND", event.endsAt),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    person("ORGANIZER", event.organizer),
    ...(event.attendee ? [person("ATTENDEE", event.attendee, ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED")] : []),
    `STATUS:${event.method === "CANCEL" ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

export function icsAttachment(event: IcsEvent) {
  return {
    filename: event.method === "CANCEL" ? "absage.ics" : "termin.ics",
    content: buildIcs(event),
    contentType: `text/calendar; charset=utf-8; method=${event.method}`,
  };
}
