// The first draft of a design from an inquiry: what the client asked for, arranged into a
// plausible agenda the consultant then shapes. Pure, so the arrangement is unit-tested.
import { challengeLabels } from "@/lib/labels";

import type { AgendaInput } from "./agenda";

export type CourseFormatKey = "HALF_DAY" | "ONE_DAY" | "TWO_DAYS" | "SERIES";

/** Course days a format stands for; a series is priced per day by the consultant. */
export function daysOfFormat(format: CourseFormatKey | null): number | null {
  return { HALF_DAY: 0.5, ONE_DAY: 1, TWO_DAYS: 2, SERIES: null, none: null }[format ?? "none"];
}

/** Teaching minutes of one course day (a half day has one block, a full day two). */
const HALF_DAY_MINUTES = 210;
const FULL_DAY_MINUTES = 390;
const SHORT_BREAK = { kind: "BREAK" as const, title: "Pause", description: "", durationMinutes: 15 };
const LUNCH = { kind: "BREAK" as const, title: "Mittagspause", description: "", durationMinutes: 60 };

export type ModuleForAgenda = { id: string; title: string; description: string; defaultDurationMinutes: number };

/**
 * Fills days in order with the modules: a short break in the middle of each half day and a
 * lunch break between the morning and the afternoon block. A module that does not fit the
 * current day opens the next one (up to the format's days; the rest go to the last day, where
 * the designer then warns about the overflow).
 */
export function planAgenda(modules: readonly ModuleForAgenda[], format: CourseFormatKey | null): AgendaInput[] {
  const dayCount = format === "TWO_DAYS" ? 2 : 1;
  const capacity = format === "HALF_DAY" ? HALF_DAY_MINUTES : FULL_DAY_MINUTES;
  const perDay: ModuleForAgenda[][] = Array.from({ length: dayCount }, () => []);
  let day = 0;
  let used = 0;
  for (const item of modules) {
    if (used > 0 && used + item.defaultDurationMinutes > capacity && day < dayCount - 1) {
      day++;
      used = 0;
    }
    perDay[day]!.push(item);
    used += item.defaultDurationMinutes;
  }
  return perDay.flatMap((list, index) => withBreaks(list, index + 1, capacity === FULL_DAY_MINUTES));
}

function withBreaks(list: readonly ModuleForAgenda[], day: number, fullDay: boolean): AgendaInput[] {
  const total = list.reduce((sum, item) => sum + item.defaultDurationMinutes, 0);
  // Break points as shares of the day's teaching time; a module passing several gets the longest.
  let pending = fullDay
    ? [
        { at: total / 4, item: SHORT_BREAK },
        { at: total / 2, item: LUNCH },
        { at: (total * 3) / 4, item: SHORT_BREAK },
      ]
    : [{ at: total / 2, item: SHORT_BREAK }];
  const items: AgendaInput[] = [];
  let elapsed = 0;
  list.forEach((entry, index) => {
    items.push({
      kind: "MODULE",
      moduleId: entry.id,
      title: entry.title,
      description: entry.description,
      day,
      durationMinutes: entry.defaultDurationMinutes,
    });
    elapsed += entry.defaultDurationMinutes;
    const passed = pending.filter((point) => point.at <= elapsed);
    pending = pending.filter((point) => point.at > elapsed);
    if (passed.length === 0 || index === list.length - 1) return;
    const longest = passed.reduce((a, b) => (b.item.durationMinutes > a.item.durationMinutes ? b : a));
    items.push({ ...longest.item, day });
  });
  return items;
}

/** The situation "as understood", drafted from what the inquiry says; the consultant rewrites it. */
export function draftSituation(inquiry: {
  organisationName: string;
  department: string | null;
  fieldName: string | null;
  challenges: readonly (keyof typeof challengeLabels)[];
  challengesOther: string | null;
  message: string | null;
}): string {
  const who = [inquiry.organisationName, inquiry.department].filter(Boolean).join(", ");
  const lines = [
    `Die Mitarbeitenden von ${who}${inquiry.fieldName ? ` (${inquiry.fieldName})` : ""} möchten ihre Kundenkontakte gezielt stärken.`,
  ];
  const challenges = inquiry.challenges.map((challenge) => challengeLabels[challenge]);
  if (inquiry.challengesOther) challenges.push(inquiry.challengesOther);
  if (challenges.length > 0)
    lines.push(`Besonders herausfordernd sind:\n${challenges.map((item) => `- ${item}`).join("\n")}`);
  if (inquiry.message) lines.push(`Aus Ihrer Anfrage: «${inquiry.message}»`);
  return lines.join("\n\n");
}

export const DEFAULT_METHOD =
  "Kurze Inputs wechseln mit Übungen in Kleingruppen und Rollenspielen zu Situationen aus Ihrem Arbeitsalltag. Die Teilnehmenden erproben Werkzeuge direkt an ihren eigenen Fällen und erhalten eine kompakte Dokumentation.";
export const DEFAULT_NEXT_STEPS =
  "Wenn Ihnen das Angebot zusagt, nehmen Sie es bequem online an. Danach legen wir gemeinsam die Kursdaten fest, und ich bereite die Rollenspiele mit Ihren Situationen vor. Änderungswünsche nehme ich gerne entgegen.";
/** CHF 2'400.00 per course day, the consultant's usual rate, unless the inquiry's course says otherwise. */
export const DEFAULT_DAY_RATE_CENTS = 240_000;
