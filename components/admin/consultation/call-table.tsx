import type { ReactNode } from "react";

import { Table, TableCell, TableRow } from "@/components/ui/table";
import type { CallForMail } from "@/lib/consultation/notify";
import { formatDateTime, formatLongDate, formatTime } from "@/lib/format";

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
    <Table caption={caption} columns={["Termin", "Person", "Kontakt", "Thema", "Aktion"]} className="mt-4">
      {calls.map((call) => (
        <TableRow key={call.id}>
          <TableCell>
            {`${formatLongDate(call.startsAt)}, ${formatTime(call.startsAt)}–${formatTime(call.endsAt)}`}
            {call.holdExpiresAt ? (
              <span className="block text-sm font-semibold">{`Reserviert, Bestätigung offen bis ${formatDateTime(call.holdExpiresAt)}`}</span>
            ) : null}
          </TableCell>
          <TableCell>
            {call.name}
            <span className="block text-sm text-muted">{call.organisation}</span>
            {call.inquiry ? <span className="block text-sm">{`Anfrage ${call.inquiry.reference}`}</span> : null}
          </TableCell>
          <TableCell>
            <a href={`mailto:${call.email}`} className="text-brand underline">
              {call.email}
            </a>
            <span className="block">{call.phone}</span>
          </TableCell>
          <TableCell>{call.topic}</TableCell>
          <TableCell>{actions(call)}</TableCell>
        </TableRow>
      ))}
    </Table>
  );
}
