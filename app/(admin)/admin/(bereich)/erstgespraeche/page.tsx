import type { Metadata } from "next";
import Link from "next/link";

import { CallTable } from "@/components/admin/consultation/call-table";
import { ActionButton } from "@/components/ui/action-button";
import { Heading } from "@/components/ui/heading";
import { TitledSection } from "@/components/ui/titled-section";
import { requireAdmin } from "@/lib/auth/guards";
import { cancelCallAsAdminAction, recordCallOutcomeAction } from "@/lib/consultation/admin-actions";
import { listCallsAwaitingOutcome, listUpcomingCalls } from "@/lib/consultation/admin-queries";
import { formatDate, formatTime } from "@/lib/format";

export const metadata: Metadata = { title: "Erstgespräche" };

export default async function AdminCallsPage() {
  await requireAdmin();
  const now = new Date();
  const [calls, past] = await Promise.all([listUpcomingCalls(now), listCallsAwaitingOutcome(now)]);
  const rowName = (call: { name: string; startsAt: Date }) =>
    `${call.name}, ${formatDate(call.startsAt)} ${formatTime(call.startsAt)}`;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <Heading>Kommende Erstgespräche</Heading>
        <Link href="/admin/erstgespraeche/einstellungen" className="font-semibold text-brand underline">
          Verfügbarkeit und Einstellungen
        </Link>
      </div>
      {calls.length === 0 ? (
        <p className="mt-6">Keine Erstgespräche gebucht.</p>
      ) : (
        <CallTable
          caption="Gebuchte Erstgespräche, die nächsten zuerst"
          calls={calls}
          actions={(call) => (
            <ActionButton
              variant="danger-link"
              accessibleName={`Absagen: ${rowName(call)}`}
              action={cancelCallAsAdminAction.bind(null, { id: call.id })}
            >
              Absagen
            </ActionButton>
          )}
        />
      )}
      <TitledSection id="vergangene" title="Vergangene Erstgespräche ohne Abschluss" className="mt-10">
        <p className="mt-1">
          Halten Sie fest, ob das Gespräch stattgefunden hat. Bei einer Anfrage steht es im Verlauf.
        </p>
        {past.length === 0 ? (
          <p className="mt-4">Alles erfasst.</p>
        ) : (
          <CallTable
            caption="Vergangene Erstgespräche, deren Ausgang noch nicht erfasst ist, die letzten zuerst"
            calls={past}
            actions={(call) => (
              <div className="flex flex-col gap-2">
                <ActionButton
                  variant="link"
                  accessibleName={`Gehalten: ${rowName(call)}`}
                  action={recordCallOutcomeAction.bind(null, { id: call.id, outcome: "COMPLETED" })}
                >
                  Gehalten
                </ActionButton>
                <ActionButton
                  variant="danger-link"
                  accessibleName={`Nicht erschienen: ${rowName(call)}`}
                  action={recordCallOutcomeAction.bind(null, { id: call.id, outcome: "NO_SHOW" })}
                >
                  Nicht erschienen
                </ActionButton>
              </div>
            )}
          />
        )}
      </TitledSection>
    </>
  );
}
