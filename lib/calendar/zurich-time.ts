// Calendar dates and wall-clock times in Europe/Zurich, independent of the server's time zone.
// A calendar date is a "YYYY-MM-DD" key: plain data, safe to compare, sort and store.
import { TIME_ZONE } from "@/lib/format";

export type DateKey = string;

export type ZurichWallTime = {
  date: DateKey;
  /** 1 = Monday ... 7 = Sunday, as in AvailabilityRule.weekday. */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
};

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDateKey(date: DateKey): [number, number, number] {
  const match = DATE_KEY.exec(date);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function dateKeyFromUtc(utcMidnight: number): DateKey {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}

/** The date and time an instant shows on a clock in Zurich. */
export function toZurichWallTime(instant: Date): ZurichWallTime {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return {
    date,
    weekday: weekdayOf(date),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: instant.getUTCMilliseconds(),
  };
}

/** The calendar date in Zurich at this instant, e.g. "2026-11-27". */
export function zurichDate(instant: Date): DateKey {
  return toZurichWallTime(instant).date;
}

/** The year in Zurich at this instant (New Year's Eve 23:30 UTC is already next year in Zurich). */
export function zurichYear(instant: Date): number {
  return Number(zurichDate(instant).slice(0, 4));
}

/** Minutes Zurich is ahead of UTC at this instant: 60 in winter, 120 in summer. */
function offsetMinutes(instant: Date): number {
  const wall = toZurichWallTime(instant);
  const [year, month, day] = parseDateKey(wall.date);
  const asUtc = Date.UTC(year, month - 1, day, wall.hour, wall.minute, wall.second, wall.millisecond);
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/**
 * The instant a Zurich clock shows the given date and time. In the hour skipped in spring the
 * result is an hour later; in the hour repeated in autumn it is the second of the two.
 */
export function fromZurichWallTime(date: DateKey, hour = 0, minute = 0, second = 0, millisecond = 0): Date {
  const [year, month, day] = parseDateKey(date);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  // The offset at the guess can differ from the offset at the answer near a change; two rounds settle it.
  let instant = asUtc - offsetMinutes(new Date(asUtc)) * 60_000;
  instant = asUtc - offsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** 1 = Monday ... 7 = Sunday. */
export function weekdayOf(date: DateKey): number {
  const [year, month, day] = parseDateKey(date);
  const sundayZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/** The calendar date `days` days after (or before, when negative) the given one. */
export function addDays(date: DateKey, days: number): DateKey {
  const [year, month, day] = parseDateKey(date);
  return dateKeyFromUtc(Date.UTC(year, month - 1, day + days));
}

export function isDateKey(value: string): value is DateKey {
  const match = DATE_KEY.exec(value);
  if (!match) return false;
  return dateKeyFromUtc(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) === value;
}
