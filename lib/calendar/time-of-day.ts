// Times of day as minutes past midnight, the form every schedule here computes in, and the
// "HH:MM" text that forms, agendas and mails show. Pure; safe in the client bundle.

/** 510 -> "08:30" */
export function clockOf(minute: number): string {
  const hours = Math.floor(minute / 60);
  return `${String(hours).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/**
 * "08:30" -> 510; null for anything that is not a time of day. `endOfDay` also reads "24:00" as
 * 1440, for the end of a span that runs to midnight.
 */
export function minuteOf(clock: string, options: { endOfDay?: boolean } = {}): number | null {
  if (options.endOfDay && clock.trim() === "24:00") return 24 * 60;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock.trim());
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}
