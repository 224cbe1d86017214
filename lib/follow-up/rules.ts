// Pure rules of the follow-up (decision 0027): when it is due, and how its answers read on the
// inquiry's timeline and in the inquiry it opens.
import type { FollowUpInput } from "./schemas";

export function isFollowUpDue(run: { followUpDueAt: Date; followUpSentAt: Date | null }, now: Date): boolean {
  return !run.followUpSentAt && run.followUpDueAt.getTime() <= now.getTime();
}

/** The timeline entry: each answer under its question. */
export function followUpTimelineText(input: Omit<FollowUpInput, "token">, newReference: string | null): string {
  return [
    `Was sich im Alltag verändert hat: ${input.whatChanged}`,
    `Was noch schiefgeht: ${input.stillWrong || "–"}`,
    input.wantsSession
      ? `Folgeveranstaltung gewünscht${newReference ? ` (neue Anfrage ${newReference})` : ""}: ${input.sessionWish}`
      : "Keine Folgeveranstaltung gewünscht.",
  ].join("\n");
}

/** The message of the follow-up inquiry, so the consultant reads the wish with its background. */
export function followUpInquiryMessage(
  input: Omit<FollowUpInput, "token">,
  firstReference: string,
  title: string,
): string {
  return [
    `Folgeveranstaltung zum Kurs «${title}» (${firstReference}), gewünscht in der Nachbereitung.`,
    `Wunsch: ${input.sessionWish}`,
    input.stillWrong ? `Was noch schiefgeht: ${input.stillWrong}` : null,
  ]
    .filter(Boolean)
    .join("\n\n");
}
