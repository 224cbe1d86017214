// The 26 cantons by their official two-letter codes (ISO 3166-2:CH), for canton-specific holidays.
export const CANTONS = [
  "AG",
  "AI",
  "AR",
  "BE",
  "BL",
  "BS",
  "FR",
  "GE",
  "GL",
  "GR",
  "JU",
  "LU",
  "NE",
  "NW",
  "OW",
  "SG",
  "SH",
  "SO",
  "SZ",
  "TG",
  "TI",
  "UR",
  "VD",
  "VS",
  "ZG",
  "ZH",
] as const;

export type Canton = (typeof CANTONS)[number];

export function isCanton(value: string): value is Canton {
  return (CANTONS as readonly string[]).includes(value);
}
