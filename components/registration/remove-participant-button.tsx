"use client";

import { ActionButton } from "@/components/ui/action-button";
import type { ActionOutcome } from "@/components/ui/use-server-action";

// The consultant "abmelden"s a participant in admin; the client contact "entfernen"s one in the
// portal. Both take the person off every day of the course, so both ask first the same way.
const wordings = {
  consultant: { verb: "abmelden", label: "Abmelden", pending: "Wird abgemeldet …", title: "Abmelden" },
  client: {
    verb: "entfernen",
    label: "Entfernen",
    pending: "Wird entfernt …",
    title: "Teilnehmerin oder Teilnehmer entfernen",
  },
} as const;

/** Removes one registered person from the course after a confirmation that names them. */
export function RemoveParticipantButton({
  name,
  by,
  question,
  remove,
}: {
  name: string;
  by: keyof typeof wordings;
  question: string;
  remove: () => Promise<ActionOutcome>;
}) {
  const wording = wordings[by];
  return (
    <ActionButton
      variant="secondary"
      size="sm"
      accessibleName={`${name} ${wording.verb}`}
      pendingLabel={wording.pending}
      confirm={{ title: wording.title, question, confirmLabel: "Abmelden" }}
      action={remove}
    >
      {wording.label}
    </ActionButton>
  );
}
