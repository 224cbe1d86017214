"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { removeDemoDataAction } from "@/lib/demo/admin-actions";
import { CONNECTION_LOST_MESSAGE } from "@/lib/messages";

/**
 * The notice above the dates while demo dates exist: they are examples with real street addresses
 * and stand on the public site until the owner removes them here, in one step.
 */
export function DemoDataNotice({ count, canRemove }: { count: number; canRemove: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState("");
  return (
    <section aria-labelledby="demodaten-titel" className="mt-6 rounded-md border-l-4 border-accent bg-white p-4">
      <h2 id="demodaten-titel" className="text-lg font-bold">
        Demodaten
      </h2>
      <p className="mt-1">
        Die mit «Demodaten» markierten Termine ({count}) sind Beispiele der Demo-Installation, mit erfundenen Daten an
        echten Adressen. Sie erscheinen öffentlich, bis sie entfernt werden.
      </p>
      {canRemove ? (
        <p className="mt-3">
          <button
            type="button"
            disabled={pending}
            className="rounded-md bg-danger px-4 py-2 font-semibold text-white disabled:opacity-60"
            onClick={async () => {
              if (!window.confirm("Alle Demotermine ohne Buchungen entfernen?")) return;
              setPending(true);
              try {
                const result = await removeDemoDataAction();
                setMessage(result.message ?? "");
                if (result.ok) router.refresh();
              } catch {
                setMessage(CONNECTION_LOST_MESSAGE);
              } finally {
                setPending(false);
              }
            }}
          >
            Demodaten entfernen
          </button>
        </p>
      ) : (
        <p className="mt-3 text-muted">Entfernen kann sie die Inhaberin oder der Inhaber des Kontos.</p>
      )}
      <p role="status" className="mt-2">
        {message}
      </p>
    </section>
  );
}
