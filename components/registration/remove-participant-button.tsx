"use client";

import { ActionButton } from "@/components/ui/action-button";
import type { ActionOutcome } from "@/components/ui/use-server-action";

/** The words of one remove button, already filled with the person's name. */
export type RemoveParticipantWords = {
  label: string;
  accessibleName: string;
  pending: string;
  title: string;
  question: string;
  confirmLabel: string;
};

// The consultant "abmelden"s a participant in admin; the client contact "entfernen"s one in the
// portal. Both take the person off every day of the course, so both ask first the same way.
export const CONSULTANT_REMOVE_WORDS = (name: string): RemoveParticipantWords => ({
  label: "Abmelden",
  accessibleName: `${name} abmelden`,
  pending: "Wird abgemeldet …",
  title: "Abmelden",
  question: `${name} von allen Kurstagen abmelden?`,
  confirmLabel: "Abmelden",
});

/** Removes one registered person from the course after a confirmation that names them. */
export function RemoveParticipantButton({
  words,
  remove,
}: {
  words: RemoveParticipantWords;
  remove: () => Promise<ActionOutcome>;
}) {
  return (
    <ActionButton
      variant="secondary"
      size="sm"
      accessibleName={words.accessibleName}
      pendingLabel={words.pending}
      confirm={{ title: words.title, question: words.question, confirmLabel: words.confirmLabel }}
      action={remove}
    >
      {words.label}
    </ActionButton>
  );
}
