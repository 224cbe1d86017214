// Fills the `{name}` placeholders of a catalogue text (decision 0034); a placeholder without a
// value stays visible, so a missing value shows in review instead of vanishing.
import { plural } from "@/lib/format";

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
