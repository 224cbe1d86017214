// Swiss formatting for everything people read: dates 27.11.2026, times 14:30,
// money CHF 1'250.00, always in Europe/Zurich. Safe in client and server code.
export const TIME_ZONE = "Europe/Zurich";
export const LOCALE = "de-CH";

const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const timeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const weekdayFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, weekday: "long" });

/** An instant as a Date or as the ISO string a query's JSON DTO carries. */
export type Instant = Date | string;

const toDate = (value: Instant) => (typeof value === "string" ? new Date(value) : value);

/** 27.11.2026 */
export function formatDate(value: Instant): string {
  return dateFormat.format(toDate(value));
}

/** 14:30 */
export function formatTime(value: Instant): string {
  return timeFormat.format(toDate(value));
}

/** 27.11.2026, 14:30 */
export function formatDateTime(value: Instant): string {
  return `${formatDate(value)}, ${formatTime(value)}`;
}

/** Freitag, 27.11.2026 */
export function formatLongDate(value: Instant): string {
  return `${weekdayFormat.format(toDate(value))}, ${formatDate(value)}`;
}

/** 1'250.00 (Swiss grouping with a plain apostrophe, as on invoices). */
export function formatAmount(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an amount in centimes: ${cents}`);
  const negative = cents < 0;
  const absolute = Math.abs(cents);
  const francs = Math.floor(absolute / 100).toString();
  const grouped = francs.replace(/\B(?=(\d{3})+(?!\d))/g, "'");
  const rappen = (absolute % 100).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${grouped}.${rappen}`;
}

/** 4'000: a whole number with Swiss grouping (character limits, counts). */
export function formatCount(value: number): string {
  const sign = value < 0 ? "-" : "";
  return `${sign}${Math.trunc(Math.abs(value))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, "'")}`;
}

/** CHF 1'250.00 */
export function formatChf(cents: number): string {
  return `CHF ${formatAmount(cents)}`;
}

/** 90 -> "1 Std. 30 Min.", 45 -> "45 Min.", 120 -> "2 Std." */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} Min.`;
  return rest === 0 ? `${hours} Std.` : `${hours} Std. ${rest} Min.`;
}

const pluralRules = new Intl.PluralRules(LOCALE);

/** The form that agrees with `count`: plural(1, "ist", "sind") -> "ist". By Intl.PluralRules, never by string surgery. */
export function plural(count: number, one: string, other: string): string {
  return pluralRules.select(count) === "one" ? one : other;
}

/** "1 Demotermin entfernt", "3 Demotermine entfernt" */
export function pluralText(count: number, one: string, other: string): string {
  return `${count} ${plural(count, one, other)}`;
}

/** "innert 2 Arbeitstagen", "innert eines Arbeitstages": the response time INQUIRY_RESPONSE_WORKING_DAYS sets. */
export function withinWorkingDays(days: number): string {
  return `innert ${plural(days, "eines Arbeitstages", `${days} Arbeitstagen`)}`;
}

const deadlineParts: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
};
const deadlineFormat = new Intl.DateTimeFormat(LOCALE, deadlineParts);
const deadlineWithYearFormat = new Intl.DateTimeFormat(LOCALE, { ...deadlineParts, year: "numeric" });
const yearFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, year: "numeric" });

/**
 * A deadline as people say it: "Freitag, 4. Dezember", with the year only when it is not the
 * current one ("Montag, 4. Januar 2027"). Not "spätestens Freitag, 04.12.2026, 17:20 Uhr".
 */
export function formatDeadline(value: Date, now = new Date()): string {
  const sameYear = yearFormat.format(value) === yearFormat.format(now);
  return (sameYear ? deadlineFormat : deadlineWithYearFormat).format(value);
}

/**
 * The end of a hold (a seat or a call kept until the booker confirms) as people say it: "Montag,
 * 1. März, 10:30 Uhr". A hold lasts hours, so the time matters and the year never does.
 */
export function formatHoldDeadline(value: Instant): string {
  return `${deadlineFormat.format(toDate(value))}, ${formatTime(value)} Uhr`;
}
