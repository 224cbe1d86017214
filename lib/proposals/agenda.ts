// Agenda time arithmetic of a tailored course: items in order per day, each starting where the
// previous one ended, from the design's day start. Pure; shared by the designer (live times in
// the browser), the snapshot and the PDF.

/** A course day should end by 17:30; later is allowed but the designer warns. */
export const DAY_END_LIMIT_MINUTE = 17 * 60 + 30;
/** The split between the morning and the afternoon block. */
export const NOON_MINUTE = 12 * 60;
export const MAX_DAYS = 10;

export type AgendaKind = "MODULE" | "BREAK" | "CUSTOM";

export type AgendaInput = {
  kind: AgendaKind;
  title: string;
  description?: string;
  day: number;
  durationMinutes: number;
  moduleId?: string | null;
};

export type TimedItem<T extends AgendaInput = AgendaInput> = T & {
  startMinute: number;
  endMinute: number;
  block: "MORNING" | "AFTERNOON";
};

export type AgendaDay<T extends AgendaInput = AgendaInput> = {
  day: number;
  items: TimedItem<T>[];
  startMinute: number;
  endMinute: number;
  /** Minutes of teaching (modules and custom items, without breaks). */
  workMinutes: number;
  /** Minutes past DAY_END_LIMIT_MINUTE; 0 when the day fits. */
  overflowMinutes: number;
};

/** 510 -> "08:30"; minutes past midnight of the course day. */
export function clockOf(minute: number): string {
  const hours = Math.floor(minute / 60);
  const minutes = minute % 60;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** "08:30" -> 510; null for anything that is not a time of day. */
export function minuteOf(clock: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock.trim());
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Times every item: days in ascending order, items in the order given within their day. Days
 * without items are left out; an item's block is the half day in which it starts.
 */
export function scheduleAgenda<T extends AgendaInput>(items: readonly T[], dayStartMinute: number): AgendaDay<T>[] {
  const days = [...new Set(items.map((item) => item.day))].sort((a, b) => a - b);
  return days.map((day) => {
    let clock = dayStartMinute;
    const timed = items
      .filter((item) => item.day === day)
      .map((item): TimedItem<T> => {
        const startMinute = clock;
        clock += item.durationMinutes;
        return { ...item, startMinute, endMinute: clock, block: startMinute < NOON_MINUTE ? "MORNING" : "AFTERNOON" };
      });
    return {
      day,
      items: timed,
      startMinute: dayStartMinute,
      endMinute: clock,
      workMinutes: timed.filter((item) => item.kind !== "BREAK").reduce((sum, item) => sum + item.durationMinutes, 0),
      overflowMinutes: Math.max(0, clock - DAY_END_LIMIT_MINUTE),
    };
  });
}

/** German warnings for the designer, one per day that runs past the end of a course day. */
export function agendaWarnings(days: readonly AgendaDay[]): string[] {
  return days
    .filter((day) => day.overflowMinutes > 0)
    .map(
      (day) =>
        `Tag ${day.day} endet um ${clockOf(day.endMinute)} Uhr und damit ${day.overflowMinutes} Minuten nach dem üblichen Kursende (${clockOf(DAY_END_LIMIT_MINUTE)} Uhr). Kürzen Sie Module oder verschieben Sie sie auf einen weiteren Tag.`,
    );
}

/** Course days the agenda spans, in half days: a day ending by 12:30 with at most 4 hours counts as 0.5. */
export function agendaDayCount(days: readonly AgendaDay[]): number {
  return days.reduce((sum, day) => sum + (day.workMinutes <= 4 * 60 && day.endMinute <= 12 * 60 + 30 ? 0.5 : 1), 0);
}
