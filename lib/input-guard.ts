// Text from the outside may carry control characters a person never types (NUL, escape
// sequences). PostgreSQL refuses NUL in text, and the others corrupt e-mails, CSV and logs, so
// they are refused at the field like any other invalid input. Tab and line breaks stay allowed.

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTER_MESSAGE = "Dieses Feld enthält unzulässige Steuerzeichen.";

/** Schema paths ("participants.0.name") of every string that contains a control character. */
export function controlCharacterPaths(value: unknown, path: string[] = [], depth = 0): string[] {
  if (typeof value === "string") return FORBIDDEN.test(value) ? [path.join(".") || "_form"] : [];
  if (depth > 8 || value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => controlCharacterPaths(child, [...path, key], depth + 1));
}
