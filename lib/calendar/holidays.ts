// Swiss public holidays, federal and cantonal, from the date-holidays package (its data ships in
// the package: nothing is fetched at run time). Only days of type "public" count: days off by
// law or by cantonal rule, not observances such as Mother's Day or half days such as
// Sechseläuten that the data lists as optional.
import Holidays from "date-holidays";

import type { Canton } from "./cantons";
import type { DateKey } from "./zurich-time";

export type PublicHoliday = { date: DateKey; name: string };

const calendars = new Map<Canton, Holidays>();
const byYear = new Map<string, PublicHoliday[]>();

function calendarFor(canton: Canton): Holidays {
  let calendar = calendars.get(canton);
  if (!calendar) {
    calendar = new Holidays("CH", canton, { languages: ["de"], types: ["public"], timezone: "Europe/Zurich" });
    calendars.set(canton, calendar);
  }
  return calendar;
}

/** The public holidays of a canton in a year, in date order, named in German (de-CH spelling). */
export function publicHolidays(year: number, canton: Canton): PublicHoliday[] {
  const key = `${canton}:${year}`;
  let list = byYear.get(key);
  if (!list) {
    // One entry per date: where two holidays fall on the same day, the first name is kept.
    const byDate = new Map<DateKey, PublicHoliday>();
    for (const holiday of calendarFor(canton).getHolidays(year, "de")) {
      if (holiday.type !== "public") continue;
      const date = holiday.date.slice(0, 10);
      if (!byDate.has(date)) byDate.set(date, { date, name: holiday.name.replaceAll("ß", "ss") });
    }
    list = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
    byYear.set(key, list);
  }
  return list;
}

/** The holiday on this date in this canton, if any. */
export function publicHolidayOn(date: DateKey, canton: Canton): PublicHoliday | undefined {
  return publicHolidays(Number(date.slice(0, 4)), canton).find((holiday) => holiday.date === date);
}

export function isPublicHoliday(date: DateKey, canton: Canton): boolean {
  return publicHolidayOn(date, canton) !== undefined;
}
