import { inputClasses } from "@/components/form/form-field";

export const textArea = `${inputClasses} min-h-24`;

const kindLabels = new Map([
  ["MODULE", "Modul"],
  ["BREAK", "Pause"],
  ["CUSTOM", "Programmpunkt"],
]);

export const kindLabel = (kind: string): string => kindLabels.get(kind) ?? "Programmpunkt";

/** What a row's buttons act on, for screen readers: "Modul «Deeskalation»" (the visible text says only "Nach oben"). */
export function itemName(item: { kind: string; title: string }): string {
  const kind = kindLabel(item.kind);
  return item.title.trim() ? `${kind} «${item.title.trim()}»` : `${kind} ohne Titel`;
}
