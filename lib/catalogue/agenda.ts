// The typical agenda of a catalogue course: its modules laid out day by day with clock times,
// so a team lead can picture (and print) what a course day looks like. Pure and unit-tested.

export type AgendaModuleInput = {
  slug: string;
  title: string;
  day: number;
  durationMinutes: number;
};

export type AgendaEntry =
  | { kind: "module"; slug: string; title: string; startMinute: number; endMinute: number }
  | { kind: "break"; title: string; startMinute: number; endMinute: number };

export type AgendaDay = { day: number; entries: AgendaEntry[] };

/** 08:30, the usual start of a course day. */
export const DAY_START_MINUTE = 8 * 60 + 30;
export const LUNCH_MINUTES = 60;
/** A module that would run past 12:30 starts after lunch instead. */
const LUNCH_LATEST_START = 12 * 60 + 30;

/**
 * Modules in their given order, grouped by day (days sorted), back to back from the day's start,
 * with one lunch break per day before the first module that would otherwise run past 12:30
 * (never as the first entry of a day).
 */
export function buildTypicalAgenda(
  modules: readonly AgendaModuleInput[],
  dayStartMinute: number = DAY_START_MINUTE,
): AgendaDay[] {
  const days = [...new Set(modules.map((item) => item.day))].sort((a, b) => a - b);
  return days.map((day) => {
    const entries: AgendaEntry[] = [];
    let clock = dayStartMinute;
    let hadLunch = false;
    for (const item of modules.filter((entry) => entry.day === day)) {
      if (!hadLunch && entries.length > 0 && clock + item.durationMinutes > LUNCH_LATEST_START) {
        entries.push({ kind: "break", title: "Mittagspause", startMinute: clock, endMinute: clock + LUNCH_MINUTES });
        clock += LUNCH_MINUTES;
        hadLunch = true;
      }
      entries.push({
        kind: "module",
        slug: item.slug,
        title: item.title,
        startMinute: clock,
        endMinute: clock + item.durationMinutes,
      });
      clock += item.durationMinutes;
    }
    return { day, entries };
  });
}

/** 510 -> "08:30" */
export function formatMinuteOfDay(minute: number): string {
  const hours = Math.floor(minute / 60) % 24;
  return `${String(hours).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}
