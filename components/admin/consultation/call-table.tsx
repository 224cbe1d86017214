import type { ReactNode } from "react";

import type { CallForMail } from "@/lib/consultation/notify";
import { formatDateTime, formatLongDate, formatTime } from "@/lib/format";

import { TableHead } from "../table-head";

export type CallRow = CallForMail & { inquiry: { reference: string } | null };

/** Consultation calls with whoever booked them; `actions` renders what can be done with each. */
export function CallTable({
  caption,
  calls,
  actions,
}: {
  caption: string;
  calls: CallRow[];
  actions: (call: CallRow) => ReactNode;
}) {
  return (
    <table className="mt-4 w-full border-collapse bg-white text-left">
      <TableHead caption={caption} columns={["Termin", "Person", "Kontakt", "Thema", "Aktion"]} />
      <tbody>
        {calls.map((call) => (
          <tr key={call.id} className="border-b border-line align-top">
            <td className="p-2">
              {`${formatLongDate(call.startsAt)}, ${formatTime(call.startsAt)}–${formatTime(call.endsAt)}`}
              {call.holdExpiresAt ? (
                <span className="block text-sm font-semibold">{`Reserviert, Bestätigung offen bis ${formatDateTime(call.holdExpiresAt)}`}</span>
              ) : null}
            </td>
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
            <td className="p-2">{actions(call)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
