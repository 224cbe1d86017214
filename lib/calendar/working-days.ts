// Working days in Switzerland: Monday to Friday, except the public holidays of the canton.
import type { Canton } from "./cantons";
import { isPublicHoliday } from "./holidays";
import { addDays, fromZurichWallTime, toZurichWallTime, weekdayOf, type DateKey } from "./zurich-time";

export function isWorkingDay(date: DateKey, canton: Canton): boolean {
  return weekdayOf(date) <= 5 && !isPublicHoliday(date, canton);
}

/** The first working day on or after the given date. */
export function nextWorkingDay(date: DateKey, canton: Canton): DateKey {
  let day = date;
  while (!isWorkingDay(day, canton)) day = addDays(day, 1);
  return day;
}

/**
 * The instant `n` working days after `from`, at the same Zurich wall-clock time: an inquiry sent
 * on Friday at 16:00 with n = 2 is due on Tuesday at 16:00, one sent on Saturday at 10:00 on
 * Tuesday at 10:00, and Easter or Christmas push it further. Working days are never Sundays, so
 * the wall-clock time always exists (clocks change on Sunday nights).
 */
export function addWorkingDays(from: Date, n: number, canton: Canton): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number >= 0: ${n}`);
  if (n === 0) return new Date(from);
  const wall = toZurichWallTime(from);
  let day = wall.date;
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, canton)) counted++;
  }
  return fromZurichWallTime(day, wall.hour, wall.minute, wall.second, wall.millisecond);
}
