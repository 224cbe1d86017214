// Pure rules of the participant list that the client contact and the consultant manage (decision
// 0036): until when the client may remove people in the portal, and what an import would change.
import { addDays, fromZurichWallTime, zurichDate } from "@/lib/calendar/zurich-time";
import { formatDate } from "@/lib/format";

import type { ListPerson, ParsedList } from "./parse-participants";

/**
 * The client contact removes participants in the portal until this many calendar days before the
 * first course day (inclusive, Zurich time); later, a change goes through the consultant, who has
 * planned the groups and ordered the material by then. A constant, not a setting: it is part of
 * what the proposal promises, and the same for every engagement.
 */
export const PORTAL_REMOVAL_CUTOFF_DAYS = 5;

/** The last Zurich day on which the client may still remove someone in the portal. */
export function portalRemovalLastDay(firstDayStartsAt: Date): string {
  return addDays(zurichDate(firstDayStartsAt), -PORTAL_REMOVAL_CUTOFF_DAYS);
}

/** Whether the client may remove participants now: until midnight after the last day. */
export function canRemoveInPortal(firstDayStartsAt: Date | null, now: Date): boolean {
  if (!firstDayStartsAt) return true;
  const closes = fromZurichWallTime(addDays(portalRemovalLastDay(firstDayStartsAt), 1));
  return now.getTime() < closes.getTime();
}

/** The line the portal shows about removing people. */
export function portalRemovalNote(firstDayStartsAt: Date | null, now: Date): string {
  if (!firstDayStartsAt) return "Sie können Teilnehmende hier entfernen, solange die Kurstage nicht feststehen.";
  const lastDay = fromZurichWallTime(portalRemovalLastDay(firstDayStartsAt), 12);
  return canRemoveInPortal(firstDayStartsAt, now)
    ? `Sie können Teilnehmende hier bis am ${formatDate(lastDay)} entfernen; danach melden Sie Änderungen bitte direkt bei uns.`
    : `Änderungen sind seit dem ${formatDate(lastDay)} nur noch direkt bei uns möglich. Bitte schreiben Sie uns oder rufen Sie an.`;
}

export const PORTAL_REMOVAL_CLOSED_MESSAGE =
  "Teilnehmende können nicht mehr über das Portal entfernt werden. Bitte melden Sie die Änderung direkt bei uns.";

export type ImportLineKind = "NEW" | "ALREADY_REGISTERED" | "ERROR";

export type ImportPreviewLine = {
  line: number;
  kind: ImportLineKind;
  name: string;
  email: string;
  function: string;
  errors: string[];
};

export type ImportPreview = {
  lines: ImportPreviewLine[];
  counts: Record<ImportLineKind, number>;
  listError: string | null;
  /** The people a confirmed import registers (the new ones, in list order). */
  people: ListPerson[];
  /** Of the new people, how many get a seat and how many go to the waiting list, as things stand. */
  seated: number;
  waitlisted: number;
};

/**
 * What importing a parsed list would change: each line is new, already registered (matched by its
 * address, in any case), or in error. `freeSeats` is the number of seats still open; new people
 * beyond it (or any while somebody waits) join the waiting list.
 */
export function importPreview(
  list: ParsedList,
  registered: ReadonlySet<string>,
  seats: { free: number; waiting: number },
): ImportPreview {
  const lines = list.lines.map((line): ImportPreviewLine => {
    if (!line.ok) return { line: line.line, kind: "ERROR", name: "", email: "", function: "", errors: line.errors };
    const { name, email } = line.person;
    const kind = registered.has(email.toLowerCase()) ? "ALREADY_REGISTERED" : "NEW";
    return { line: line.line, kind, name, email, function: line.person.function, errors: [] };
  });
  const counts = { NEW: 0, ALREADY_REGISTERED: 0, ERROR: 0 };
  for (const line of lines) counts[line.kind] += 1;
  const people = list.lines.flatMap((line) =>
    line.ok && !registered.has(line.person.email.toLowerCase()) ? [line.person] : [],
  );
  const seated = seats.waiting > 0 ? 0 : Math.min(Math.max(0, seats.free), people.length);
  return { lines, counts, listError: list.listError, people, seated, waitlisted: people.length - seated };
}

/** The refusal of an import with bad lines that the consultant did not choose to skip. */
export function importRefusal(preview: ImportPreview): string | null {
  if (preview.listError) return preview.listError;
  if (preview.counts.ERROR > 0) {
    return `${preview.counts.ERROR === 1 ? "Eine Zeile hat" : `${preview.counts.ERROR} Zeilen haben`} Fehler. Es wurde nichts importiert: Bitte korrigieren Sie die Datei oder überspringen Sie die fehlerhaften Zeilen ausdrücklich.`;
  }
  if (preview.people.length === 0) return "Die Datei enthält niemanden, der nicht schon angemeldet ist.";
  return null;
}

/** What a registration call did, in one sentence for the person who made it. */
export function outcomeSummary(
  outcomes: readonly { outcome: "REGISTERED" | "WAITLISTED" | "ALREADY_REGISTERED" }[],
): string {
  const count = (kind: string) => outcomes.filter((entry) => entry.outcome === kind).length;
  const parts = [
    [count("REGISTERED"), "Person angemeldet", "Personen angemeldet"],
    [count("WAITLISTED"), "Person auf der Warteliste", "Personen auf der Warteliste"],
    [count("ALREADY_REGISTERED"), "Person war schon angemeldet", "Personen waren schon angemeldet"],
  ] as const;
  const text = parts
    .filter(([n]) => n > 0)
    .map(([n, one, other]) => `${n} ${n === 1 ? one : other}`)
    .join(", ");
  return text === "" ? "Niemand wurde angemeldet." : `${text}.`;
}
