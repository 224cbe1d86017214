// Free consultation slots from the weekly rules, the exceptions, public holidays and the calls
// already booked. Pure: the caller passes "now" and everything read from the database.
// Rules are in Zurich wall-clock time; slots are instants (UTC), correct across DST changes.
import {
  addDays,
  fromZurichWallTime,
  toZurichWallTime,
  weekdayOf,
  zurichDate,
  type DateKey,
} from "@/lib/calendar/zurich-time";

export type WeeklyWindow = { weekday: number; startMinute: number; endMinute: number; active?: boolean };
export type DateException = {
  date: DateKey;
  kind: "BLOCKED" | "EXTRA";
  /** Null for both: the whole day. */
  startMinute: number | null;
  endMinute: number | null;
};
export type SlotSettings = {
  callMinutes: number;
  bufferMinutes: number;
  minNoticeHours: number;
  maxDaysAhead: number;
};
export type BusyInterval = { startsAt: Date; endsAt: Date };
export type Slot = { startsAt: Date; endsAt: Date };

export type SlotInput = {
  rules: WeeklyWindow[];
  exceptions: DateException[];
  settings: SlotSettings;
  booked: BusyInterval[];
  now: Date;
  /** True for a date whose weekly hours are closed (a public holiday). */
  isClosedDay?: (date: DateKey) => boolean;
};

type Window = { start: number; end: number };

const MINUTE = 60_000;

/** Opening windows of one date in wall-clock minutes, after holidays and exceptions. */
export function windowsOn(
  date: DateKey,
  rules: WeeklyWindow[],
  exceptions: DateException[],
  isClosedDay?: (date: DateKey) => boolean,
): Window[] {
  const weekday = weekdayOf(date);
  let windows: Window[] = isClosedDay?.(date)
    ? []
    : rules
        .filter((rule) => rule.active !== false && rule.weekday === weekday)
        .map((rule) => ({ start: rule.startMinute, end: rule.endMinute }));
  const today = exceptions.filter((exception) => exception.date === date);
  for (const extra of today.filter((exception) => exception.kind === "EXTRA")) {
    windows.push({ start: extra.startMinute ?? 0, end: extra.endMinute ?? 24 * 60 });
  }
  windows = mergeWindows(windows);
  for (const block of today.filter((exception) => exception.kind === "BLOCKED")) {
    windows = subtractWindow(windows, { start: block.startMinute ?? 0, end: block.endMinute ?? 24 * 60 });
  }
  return windows;
}

export function mergeWindows(windows: Window[]): Window[] {
  const sorted = [...windows].filter((window) => window.end > window.start).sort((a, b) => a.start - b.start);
  const merged: Window[] = [];
  for (const window of sorted) {
    const last = merged.at(-1);
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged;
}

function subtractWindow(windows: Window[], cut: Window): Window[] {
  return windows.flatMap((window) => {
    if (cut.end <= window.start || cut.start >= window.end) return [window];
    const pieces: Window[] = [];
    if (cut.start > window.start) pieces.push({ start: window.start, end: cut.start });
    if (cut.end < window.end) pieces.push({ start: cut.end, end: window.end });
    return pieces;
  });
}

/**
 * The instant a Zurich clock shows `minute` minutes after midnight on `date`, or null when that
 * wall-clock time does not exist (the hour skipped when clocks go forward in March).
 */
export function wallMinuteToInstant(date: DateKey, minute: number): Date | null {
  const instant = fromZurichWallTime(date, Math.floor(minute / 60), minute % 60);
  const wall = toZurichWallTime(instant);
  return wall.date === date && wall.hour * 60 + wall.minute === minute ? instant : null;
}

function wallMinuteOf(instant: Date, date: DateKey): number | null {
  const wall = toZurichWallTime(instant);
  if (wall.date === date) return wall.hour * 60 + wall.minute;
  return wall.date === addDays(date, 1) && wall.hour === 0 && wall.minute === 0 ? 24 * 60 : null;
}

function overlapsBusy(slot: Slot, booked: BusyInterval[], bufferMinutes: number): boolean {
  const from = slot.startsAt.getTime() - bufferMinutes * MINUTE;
  const to = slot.endsAt.getTime() + bufferMinutes * MINUTE;
  return booked.some((busy) => busy.startsAt.getTime() < to && busy.endsAt.getTime() > from);
}

/** Slot starts in one window: every call length plus buffer from the window's start. */
function slotsInWindow(date: DateKey, window: Window, settings: SlotSettings): Slot[] {
  const slots: Slot[] = [];
  const step = settings.callMinutes + settings.bufferMinutes;
  for (let minute = window.start; minute + settings.callMinutes <= window.end; minute += step) {
    const startsAt = wallMinuteToInstant(date, minute);
    if (!startsAt) continue;
    const endsAt = new Date(startsAt.getTime() + settings.callMinutes * MINUTE);
    // On the day clocks change, real minutes and wall minutes differ: the call must end inside
    // the window on the clock, not just after the right number of wall minutes.
    const endMinute = wallMinuteOf(endsAt, date);
    if (endMinute === null || endMinute > window.end || endMinute <= minute) continue;
    slots.push({ startsAt, endsAt });
  }
  return slots;
}

/** Every free slot from the minimum notice up to the last bookable day, in time order. */
export function generateSlots(input: SlotInput): Slot[] {
  const { rules, exceptions, settings, booked, now, isClosedDay } = input;
  const earliest = now.getTime() + settings.minNoticeHours * 60 * MINUTE;
  const firstDate = zurichDate(now);
  const lastDate = addDays(firstDate, settings.maxDaysAhead);
  const slots: Slot[] = [];
  for (let date = firstDate; date <= lastDate; date = addDays(date, 1)) {
    for (const window of windowsOn(date, rules, exceptions, isClosedDay)) {
      for (const slot of slotsInWindow(date, window, settings)) {
        if (slot.startsAt.getTime() < earliest) continue;
        if (overlapsBusy(slot, booked, settings.bufferMinutes)) continue;
        slots.push(slot);
      }
    }
  }
  return slots;
}

/** True when `startsAt` is one of the free slots: a request for any other time is refused. */
export function findSlot(slots: Slot[], startsAt: Date): Slot | undefined {
  return slots.find((slot) => slot.startsAt.getTime() === startsAt.getTime());
}
