import type { Metadata } from "next";
import Link from "next/link";

import { RowActionButton } from "@/components/admin/booking/remove-button";
import { requireAdmin } from "@/lib/auth/guards";
import { cancelCallAsAdminAction } from "@/lib/consultation/admin-actions";
import { listUpcomingCalls } from "@/lib/consultation/admin-queries";
import { formatLongDate, formatTime } from "@/lib/format";

export const metadata: Metadata = { title: "Erstgespräche" };

export default async function AdminCallsPage() {
  await requireAdmin();
  const calls = await listUpcomingCalls();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-dark">Kommende Erstgespräche</h1>
        <Link href="/admin/erstgespraeche/einstellungen" className="font-semibold text-brand underline">
          Verfügbarkeit und Einstellungen
        </Link>
      </div>
      {calls.length === 0 ? (
        <p className="mt-6">Keine Erstgespräche gebucht.</p>
      ) : (
        <table className="mt-6 w-full border-collapse bg-white text-left">
          <caption className="sr-only">Gebuchte Erstgespräche, die nächsten zuerst</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">
                Termin
              </th>
              <th scope="col" className="p-2">
                Person
              </th>
              <th scope="col" className="p-2">
                Kontakt
              </th>
              <th scope="col" className="p-2">
                Thema
              </th>
              <th scope="col" className="p-2">
                Aktion
              </th>
            </tr>
          </thead>
          <tbody>
            {calls.map((call) => (
              <tr key={call.id} className="border-b border-line align-top">
                <td className="p-2">{`${formatLongDate(call.startsAt)}, ${formatTime(call.startsAt)}–${formatTime(call.endsAt)}`}</td>
                <td className="p-2">
                  {call.name}
                  <span className="block text-sm text-muted">{call.organisation}</span>
                  {call.inquiry ? <span className="block text-sm">{`Anfrage ${call.inquiry.reference}`}</span> : null}
                </td>
                <td className="p-2">
                  <a href={`mailto:${call.email}`} className="text-brand underline">
                    {call.email}
                  </a>
                  <span className="block">{call.phone}</span>
                </td>
                <td className="p-2">{call.topic}</td>
                <td className="p-2">
                  <RowActionButton label="Absagen" run={cancelCallAsAdminAction.bind(null, { id: call.id })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
