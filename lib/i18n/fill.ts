// Filling a catalogue text's placeholders. Client modules (a lazily loaded form schema, a form)
// import this file, not lib/i18n, which would pull in every catalogue.
import { formatLongDate, formatTime, type Instant } from "@/lib/format";

/** A catalogue text with its `{placeholder}` parts filled; a placeholder without a value stays visible. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** A day with its times in a catalogue's words ("{date}, {start}–{end} Uhr"): a course day, a call. */
export function dayWithTimes(template: string, startsAt: Instant, endsAt: Instant): string {
  return fill(template, { date: formatLongDate(startsAt), start: formatTime(startsAt), end: formatTime(endsAt) });
}
