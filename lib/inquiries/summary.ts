// The inquiry as the e-mails show it: German labels and the visitor's own words, nothing empty.
import { challengeLabels, courseFormatLabels, languageLabels, organisationKindLabels, venueLabels } from "@/lib/labels";

import type { SubmitInquiryInput, SubmitLeadershipInquiryInput } from "./schemas";

/** Titles of what the visitor picked from the catalogue, resolved from their slugs. */
export type ChosenTitles = { course?: string; field?: string; goals: string[]; modules: string[] };

export function inquirySummaryLines(input: SubmitInquiryInput, titles: ChosenTitles): [string, string][] {
  const lines: [string, string | undefined][] = [
    ["Organisation", `${input.organisationName} (${organisationKindLabels[input.organisationKind]})`],
    ["Abteilung", input.department],
    ["Tätigkeitsfeld", titles.field],
    ["Teilnehmende", input.participants],
    ["Schwierige Situationen", input.challenges.map((challenge) => challengeLabels[challenge]).join("; ")],
    ["Weitere Situationen", input.challengesOther],
    ["Kurs aus dem Angebot", titles.course],
    ["Gewünschte Ziele", titles.goals.join("; ")],
    ["Gewünschte Inhalte", titles.modules.join("; ")],
    ["Format", input.format ? courseFormatLabels[input.format] : undefined],
    ["Zeitraum", input.preferredPeriod],
    ["Kursort", [input.venue ? venueLabels[input.venue] : "", input.venueNote].filter(Boolean).join(": ")],
    ["Sprache", languageLabels[input.language]],
    ["Nachricht", input.message],
  ];
  return lines.filter((line): line is [string, string] => Boolean(line[1]));
}

/** The leadership inquiry's answers, headed by what it is about (the consultant's mail tells the two kinds apart). */
export function leadershipSummaryLines(input: SubmitLeadershipInquiryInput): [string, string][] {
  const lines: [string, string | undefined][] = [
    ["Anliegen", "Führungskultur"],
    ["Organisation", `${input.organisationName} (${organisationKindLabels[input.organisationKind]})`],
    ["Abteilung", input.department],
    ["Grösse des Teams", input.teamSize],
    ["Was sich verändern soll", input.desiredChange],
    ["Wer teilnimmt", input.attendees],
    ["Zeitraum", input.preferredPeriod],
    ["Nachricht", input.message],
  ];
  return lines.filter((line): line is [string, string] => Boolean(line[1]));
}
