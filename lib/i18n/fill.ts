// Filling a catalogue text's placeholders (decision 0034). Client modules (a lazily loaded form
// schema, a form) import this file, not lib/i18n, which would pull in every catalogue.
import { formatLongDate, formatTime, plural, type Instant } from "@/lib/format";

/** A catalogue text with its `{placeholder}` parts filled; a placeholder without a value stays visible. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The form for `count` (Intl.PluralRules through plural()), filled; `{count}` is the number. */
export function fillPlural(
  count: number,
  forms: { readonly one: string; readonly other: string },
  values: Record<string, string | number> = {},
): string {
  return fill(plural(count, forms.one, forms.other), { count, ...values });
}

/** A day with its times in a catalogue's words ("{date}, {start}–{end} Uhr"): a course day, a call. */
export function dayWithTimes(template: string, startsAt: Instant, endsAt: Instant): string {
  return fill(template, { date: formatLongDate(startsAt), start: formatTime(startsAt), end: formatTime(endsAt) });
}
