// Filling a catalogue text's placeholders, with no import: client modules (a lazily loaded form
// schema) use it without pulling in every catalogue through lib/i18n.

/** A catalogue text with its `{placeholder}` parts filled; a placeholder without a value stays visible. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
