// Open dates for the demo: a fresh `npm run dev` shows bookable sessions on /termine and on the
// course pages. Dates are relative to the day of seeding and land on Zurich working days, so the
// demo never offers a date in the past, on a weekend or on a public holiday.
import { nextWorkingDay } from "@/lib/calendar/working-days";
import { addDays, fromZurichWallTime, zurichDate } from "@/lib/calendar/zurich-time";

export type SeedSession = {
  course: string;
  /** Days after seeding; the date moves on to the next working day when needed. */
  daysAhead: number;
  location: string;
  address: string;
  capacity: number;
  /** Further days of a course run (decision 0037), each as days after seeding: booked once with the first. */
  laterDaysAhead?: number[];
};

// The two-day course for public administrations is mostly held in-house, for one team at a time;
// its one open date is a run of two days a week apart, booked once for both (decision 0037).
export const demoSessions: SeedSession[] = [
  {
    course: "kundenkontakt-oeffentliche-verwaltung",
    daysAhead: 52,
    laterDaysAhead: [59],
    location: "Bern, Haus der Begegnung",
    address: "Mittelstrasse 6a, 3012 Bern",
    capacity: 14,
  },
  {
    course: "professionell-telefonieren",
    daysAhead: 24,
    location: "Zürich, Kursraum Stauffacher",
    address: "Stauffacherstrasse 60, 8004 Zürich",
    capacity: 12,
  },
  {
    course: "schwierige-situationen-gelassen-meistern",
    daysAhead: 38,
    location: "Bern, Haus der Begegnung",
    address: "Mittelstrasse 6a, 3012 Bern",
    capacity: 14,
  },
  {
    course: "professionell-telefonieren",
    daysAhead: 66,
    location: "Bern, Haus der Begegnung",
    address: "Mittelstrasse 6a, 3012 Bern",
    capacity: 12,
  },
  {
    course: "schwierige-situationen-gelassen-meistern",
    daysAhead: 94,
    location: "Zürich, Kursraum Stauffacher",
    address: "Stauffacherstrasse 60, 8004 Zürich",
    capacity: 14,
  },
];

/** A demo course day: 08:30-16:30 in Zurich on the first Zurich working day `daysAhead` after `today`. */
export function demoSessionTimes(today: Date, daysAhead: number): { startsAt: Date; endsAt: Date } {
  const date = nextWorkingDay(addDays(zurichDate(today), daysAhead), "ZH");
  return { startsAt: fromZurichWallTime(date, 8, 30), endsAt: fromZurichWallTime(date, 16, 30) };
}
