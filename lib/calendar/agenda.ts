// The one agenda engine: items in order per day, each starting where the previous one ended,
// from the day's start. Pure; shared by the proposal designer (live times in the browser), its
// snapshot and PDF, and the typical course day of a catalogue course (with its lunch break).
import { clockOf } from "./time-of-day";

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

/** A catalogue course's module as its typical agenda lists it. */
export type AgendaModuleInput = { slug: string; title: string; day: number; durationMinutes: number };

export type TypicalAgendaEntry =
  | { kind: "module"; slug: string; title: string; startMinute: number; endMinute: number }
  | { kind: "break"; title: string; startMinute: number; endMinute: number };

export type TypicalAgendaDay = { day: number; entries: TypicalAgendaEntry[] };

/** 08:30, the usual start of a course day. */
export const DAY_START_MINUTE = 8 * 60 + 30;
export const LUNCH_MINUTES = 60;
/** A module that would run past 12:30 starts after lunch instead. */
const LUNCH_LATEST_START = 12 * 60 + 30;

type TypicalItem = AgendaInput & { slug?: string };

/**
 * The typical day(s) of a catalogue course: its modules scheduled like any agenda, with one lunch
 * break per day before the first module that would otherwise run past 12:30 (never as the first
 * entry of a day).
 */
export function buildTypicalAgenda(
  modules: readonly AgendaModuleInput[],
  dayStartMinute: number = DAY_START_MINUTE,
): TypicalAgendaDay[] {
  const items: TypicalItem[] = [];
  const days = [...new Set(modules.map((item) => item.day))].sort((a, b) => a - b);
  for (const day of days) {
    let end = dayStartMinute;
    let placed = 0;
    let hadLunch = false;
    for (const entry of modules.filter((candidate) => candidate.day === day)) {
      if (!hadLunch && placed > 0 && end + entry.durationMinutes > LUNCH_LATEST_START) {
        items.push({ kind: "BREAK", title: "Mittagspause", day, durationMinutes: LUNCH_MINUTES });
        end += LUNCH_MINUTES;
        hadLunch = true;
      }
      items.push({
        kind: "MODULE",
        slug: entry.slug,
        title: entry.title,
        day,
        durationMinutes: entry.durationMinutes,
      });
      end += entry.durationMinutes;
      placed++;
    }
  }
  return scheduleAgenda(items, dayStartMinute).map((day) => ({
    day: day.day,
    entries: day.items.map(({ kind, slug, title, startMinute, endMinute }): TypicalAgendaEntry =>
      kind === "BREAK"
        ? { kind: "break", title, startMinute, endMinute }
        : { kind: "module", slug: slug ?? "", title, startMinute, endMinute },
    ),
  }));
}
