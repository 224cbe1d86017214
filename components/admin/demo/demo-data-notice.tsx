"use client";

import { ActionButton } from "@/components/ui/action-button";
import { TitledSection } from "@/components/ui/titled-section";
import { removeDemoDataAction } from "@/lib/demo/admin-actions";

/**
 * The notice above the dates while demo dates exist: they are examples with real street addresses
 * and stand on the public site until the owner removes them here, in one step.
 */
export function DemoDataNotice({ count, canRemove }: { count: number; canRemove: boolean }) {
  return (
    <TitledSection
      id="demodaten-titel"
      title="Demodaten"
      size="subsection"
      className="mt-6 rounded-md border-l-4 border-accent bg-white p-4"
    >
      <p className="mt-1">
        Die mit «Demodaten» markierten Termine ({count}) sind Beispiele der Demo-Installation, mit erfundenen Daten an
        echten Adressen. Sie erscheinen öffentlich, bis sie entfernt werden.
      </p>
      {canRemove ? (
        <div className="mt-3">
          <ActionButton
            layout="block"
            variant="danger"
            action={removeDemoDataAction}
            confirm={{
              title: "Demodaten entfernen",
              question: "Alle Demotermine ohne Buchungen entfernen?",
              confirmLabel: "Entfernen",
            }}
          >
            Demodaten entfernen
          </ActionButton>
        </div>
      ) : (
        <p className="mt-3 text-muted">Entfernen kann sie die Inhaberin oder der Inhaber des Kontos.</p>
      )}
    </TitledSection>
  );
}
