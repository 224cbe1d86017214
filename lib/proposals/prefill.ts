// The first draft of a design from an inquiry: what the client asked for, arranged into a
// plausible agenda the consultant then shapes. Pure, so the arrangement is unit-tested.
import type { AgendaInput } from "@/lib/calendar/agenda";
import { pluralText } from "@/lib/format";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { challengeLabels } from "@/lib/labels";

export type CourseFormatKey = "HALF_DAY" | "ONE_DAY" | "TWO_DAYS" | "SERIES";

/** Course days a format stands for; a series is priced per day by the consultant. */
export function daysOfFormat(format: CourseFormatKey | null): number | null {
  return { HALF_DAY: 0.5, ONE_DAY: 1, TWO_DAYS: 2, SERIES: null, none: null }[format ?? "none"];
}

/** A course day runs 08:30-16:30: two blocks of 3.5 hours around a lunch hour at noon. */
export const COURSE_DAY_START_MINUTE = 8 * 60 + 30;
const BLOCK_MINUTES = 12 * 60 - COURSE_DAY_START_MINUTE;
const SHORT_BREAK = { kind: "BREAK" as const, title: "Pause", description: "", durationMinutes: 15 };
const LUNCH = { kind: "BREAK" as const, title: "Mittagspause", description: "", durationMinutes: 60 };
/** Teaching minutes of one block: its length less the short break in it. */
const BLOCK_TEACHING = BLOCK_MINUTES - SHORT_BREAK.durationMinutes;
/** What fills a block the modules leave open: practice is the heart of every course day. */
export const PRACTICE = {
  kind: "CUSTOM" as const,
  title: "Übungen und Rollenspiele",
  description: "Die Werkzeuge an Situationen aus Ihrem Arbeitsalltag üben, in Kleingruppen und im Rollenspiel.",
};

export type ModuleForAgenda = { id: string; title: string; description: string; defaultDurationMinutes: number };
/** A module of the chosen catalogue course: its day and its duration in that course. */
export type CourseModuleForAgenda = ModuleForAgenda & { day: number; durationMinutes: number | null };

/**
 * The first programme of a design. With a catalogue course it keeps the course's days and modules
 * and adds each module the client asked for (and the course lacks) to the day with the most room;
 * without one it spreads the modules evenly over the format's days. Every day is then laid out as
 * a course day (see layoutDay).
 */
export function planProgramme(input: {
  courseModules: readonly CourseModuleForAgenda[];
  modules: readonly ModuleForAgenda[];
  format: CourseFormatKey | null;
}): AgendaInput[] {
  const byDay = input.courseModules.length > 0 ? courseDays(input) : spreadDays(input.modules, input.format);
  const halfDay = input.format === "HALF_DAY" && input.courseModules.length === 0;
  return byDay.flatMap((list, index) => layoutDay(list, index + 1, halfDay));
}

type Planned = ModuleForAgenda & { minutes: number };
const minutesOf = (list: readonly Planned[]) => list.reduce((sum, item) => sum + item.minutes, 0);

function courseDays(input: { courseModules: readonly CourseModuleForAgenda[]; modules: readonly ModuleForAgenda[] }) {
  const dayNumbers = [...new Set(input.courseModules.map((item) => item.day))].sort((a, b) => a - b);
  const days: Planned[][] = dayNumbers.map((day) =>
    input.courseModules
      .filter((item) => item.day === day)
      .map((item) => ({ ...item, minutes: item.durationMinutes ?? item.defaultDurationMinutes })),
  );
  const inCourse = new Set(input.courseModules.map((item) => item.id));
  for (const extra of input.modules.filter((item) => !inCourse.has(item.id))) {
    // The emptiest day, the later one on a tie (it closes the course, where an addition reads well).
    const target = days.reduce((best, list) => (minutesOf(list) <= minutesOf(best) ? list : best));
    target.push({ ...extra, minutes: extra.defaultDurationMinutes });
  }
  return days;
}

function spreadDays(modules: readonly ModuleForAgenda[], format: CourseFormatKey | null): Planned[][] {
  const dayCount = format === "TWO_DAYS" ? 2 : 1;
  const planned = modules.map((item) => ({ ...item, minutes: item.defaultDurationMinutes }));
  const share = minutesOf(planned) / dayCount;
  const days: Planned[][] = Array.from({ length: dayCount }, () => []);
  let day = 0;
  for (const item of planned) {
    if (day < dayCount - 1 && days[day]!.length > 0 && minutesOf(days[day]!) + item.minutes / 2 > share) day++;
    days[day]!.push(item);
  }
  return days;
}

/**
 * One course day: the morning block takes modules in order while they fit, the afternoon the
 * rest; each block gets a short break near its middle and practice for the time the modules
 * leave, so lunch starts at noon and the day ends at 16:30 (a half day: at noon). Modules that
 * do not fit make the afternoon longer; the designer warns about a day that runs late.
 */
function layoutDay(list: readonly Planned[], day: number, halfDay: boolean): AgendaInput[] {
  const morning: Planned[] = [];
  let index = 0;
  while (index < list.length && (morning.length === 0 || minutesOf(morning) + list[index]!.minutes <= BLOCK_TEACHING)) {
    morning.push(list[index]!);
    index++;
  }
  const afternoon = list.slice(index);
  if (halfDay) return block([...morning, ...afternoon], day);
  return [...block(morning, day), { ...LUNCH, day }, ...block(afternoon, day)];
}

function block(modules: readonly Planned[], day: number): AgendaInput[] {
  const items: AgendaInput[] = modules.map((item) => ({
    kind: "MODULE",
    moduleId: item.id,
    title: item.title,
    description: item.description,
    day,
    durationMinutes: item.minutes,
  }));
  const open = BLOCK_TEACHING - minutesOf(modules);
  if (open > 0) items.push({ ...PRACTICE, day, durationMinutes: open });
  const total = items.reduce((sum, item) => sum + item.durationMinutes, 0);
  const middle = total / 2;
  // Break at the boundary between items closest to the middle; inside practice, split it there.
  let elapsed = 0;
  let best: { at: number; distance: number } | null = null;
  for (let position = 0; position < items.length; position++) {
    const item = items[position]!;
    if (
      item.kind === "CUSTOM" &&
      item.durationMinutes >= 30 &&
      elapsed < middle &&
      elapsed + item.durationMinutes > middle
    ) {
      const first = Math.min(item.durationMinutes - 10, Math.max(10, Math.round((middle - elapsed) / 5) * 5));
      return [
        ...items.slice(0, position),
        { ...item, durationMinutes: first },
        { ...SHORT_BREAK, day },
        { ...item, durationMinutes: item.durationMinutes - first },
        ...items.slice(position + 1),
      ];
    }
    elapsed += item.durationMinutes;
    if (position < items.length - 1) {
      const distance = Math.abs(elapsed - middle);
      if (!best || distance < best.distance) best = { at: position + 1, distance };
    }
  }
  if (!best) return items;
  return [...items.slice(0, best.at), { ...SHORT_BREAK, day }, ...items.slice(best.at)];
}

/**
 * The situation "as understood", drafted from the inquiry's facts in the consultant's voice. The
 * client's own message is never copied in: the designer shows it beside the field instead.
 */
export function draftSituation(inquiry: {
  organisationName: string;
  department: string | null;
  fieldName: string | null;
  challenges: readonly (keyof typeof challengeLabels)[];
  challengesOther: string | null;
}): string {
  // In brackets, the organisation's name needs no article ("von der Stadtverwaltung" cannot be derived).
  const who = [inquiry.organisationName, inquiry.department, inquiry.fieldName].filter(Boolean).join(", ");
  const lines = [`Ihre Mitarbeitenden (${who}) möchten ihre Kundenkontakte gezielt stärken.`];
  const challenges = inquiry.challenges.map((challenge) => challengeLabels[challenge]);
  if (inquiry.challengesOther) challenges.push(inquiry.challengesOther);
  if (challenges.length > 0)
    lines.push(`Besonders herausfordernd sind:\n${challenges.map((item) => `- ${item}`).join("\n")}`);
  return lines.join("\n\n");
}

/** The leadership inquiry's answers (decision 0032); the consultant's own words come later. */
export type LeadershipAnswers = {
  organisationName: string;
  department: string | null;
  teamSize: number | null;
  attendees: string | null;
};

/**
 * The situation of a leadership inquiry, drafted from its answers only: who, how large the team,
 * who takes part. What should change is the client's own text: like a course inquiry's message it
 * stands beside the field (clientWords), not in the draft.
 */
export function draftLeadershipSituation(inquiry: LeadershipAnswers): string {
  const who = [inquiry.organisationName, inquiry.department].filter(Boolean).join(", ");
  const lines = [`Sie möchten die Führungskultur in Ihrem Team (${who}) weiterentwickeln.`];
  if (inquiry.teamSize) lines.push(`Das Team umfasst ${pluralText(inquiry.teamSize, "Person", "Personen")}.`);
  if (inquiry.attendees?.trim()) lines.push(`Teilnehmen werden: ${inquiry.attendees.trim()}`);
  return lines.join("\n\n");
}

/**
 * The client's own words the designer shows beside the situation and the send guard holds against
 * it (rules.quotesInquiry): a course inquiry's message; a leadership inquiry's description of what
 * should change, then its message.
 */
export function clientWords(inquiry: {
  kind: InquiryKind;
  message: string | null;
  desiredChange: string | null;
}): string | null {
  const words = inquiry.kind === "LEADERSHIP" ? [inquiry.desiredChange, inquiry.message] : [inquiry.message];
  return words.filter((text): text is string => Boolean(text?.trim())).join("\n\n") || null;
}

export const DEFAULT_METHOD =
  "Kurze Inputs wechseln mit Übungen in Kleingruppen und Rollenspielen zu Situationen aus Ihrem Arbeitsalltag. Die Teilnehmenden erproben Werkzeuge direkt an ihren eigenen Fällen und erhalten eine kompakte Dokumentation.";
export const DEFAULT_NEXT_STEPS =
  "Wenn Ihnen die Offerte zusagt, nehmen Sie sie bequem online an. Danach legen wir gemeinsam die Kursdaten fest, und ich bereite die Rollenspiele mit Ihren Situationen vor. Änderungswünsche nehme ich gerne entgegen.";
/** The same without what only a course has (course dates, role plays with the client's situations). */
export const LEADERSHIP_NEXT_STEPS =
  "Wenn Ihnen die Offerte zusagt, nehmen Sie sie bequem online an. Danach legen wir gemeinsam die Daten fest. Änderungswünsche nehme ich gerne entgegen.";

/** What a new design takes from its inquiry's kind: the wording, and whether the course library fills it. */
export type DesignDraft = {
  title: string;
  situation: string;
  method: string;
  nextSteps: string;
  /**
   * Goals and modules of the course library (customer contacts), the agenda laid out as course days
   * and the format's days: only for a course inquiry. A leadership design starts empty there and the
   * consultant shapes it; nothing is suggested that the client did not ask about.
   */
  courseContent: boolean;
};

export function designDraft(
  inquiry: LeadershipAnswers & {
    kind: InquiryKind;
    courseTitle: string | null;
    fieldName: string | null;
    challenges: readonly (keyof typeof challengeLabels)[];
    challengesOther: string | null;
  },
): DesignDraft {
  if (inquiry.kind === "LEADERSHIP") {
    return {
      title: `Führungskultur für ${inquiry.organisationName}`,
      situation: draftLeadershipSituation(inquiry),
      // The course method speaks of role plays on customer situations: the consultant describes his own.
      method: "",
      nextSteps: LEADERSHIP_NEXT_STEPS,
      courseContent: false,
    };
  }
  return {
    title: inquiry.courseTitle ?? `Kundenorientierung für ${inquiry.organisationName}`,
    situation: draftSituation(inquiry),
    method: DEFAULT_METHOD,
    nextSteps: DEFAULT_NEXT_STEPS,
    courseContent: true,
  };
}

/** CHF 2'400.00 per course day, the consultant's usual rate, unless the inquiry's course says otherwise. */
export const DEFAULT_DAY_RATE_CENTS = 240_000;
