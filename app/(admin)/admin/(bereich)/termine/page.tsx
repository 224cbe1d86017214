import type { Metadata } from "next";
import Link from "next/link";

import { DemoDataNotice } from "@/components/admin/demo/demo-data-notice";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/guards";
import { canManageUsers } from "@/lib/auth/rules";
import { listSessionsForAdmin } from "@/lib/booking/admin-queries";
import { getDemoSessionCount } from "@/lib/demo/admin-queries";
import { formatDate, formatTime } from "@/lib/format";

export const metadata: Metadata = { title: "Termine" };

const statusText = { SCHEDULED: "Geplant", CANCELLED: "Abgesagt", HELD: "Durchgeführt" } as const;

export default async function AdminSessionsPage() {
  const viewer = await requireAdmin();
  const sessions = await listSessionsForAdmin();
  const demoCount = await getDemoSessionCount();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <Heading>Kurstermine</Heading>
        <Link href="/admin/termine/neu" className="rounded-md bg-brand px-4 py-2 font-semibold text-white no-underline">
          Neuer Termin
        </Link>
      </div>
      {demoCount > 0 ? <DemoDataNotice count={demoCount} canRemove={canManageUsers(viewer)} /> : null}
      {sessions.length === 0 ? (
        <p className="mt-6">Noch keine Termine erfasst.</p>
      ) : (
        <Table
          caption="Kurstermine ab letzter Woche"
          columns={["Datum", "Kurs", "Ort", "Belegt", "Warteliste", "Status"]}
          className="mt-6"
        >
          {sessions.map((session) => (
            <TableRow key={session.id}>
              <TableCell>
                <Link href={`/admin/termine/${session.id}`} className="font-semibold text-brand underline">
                  {`${formatDate(session.startsAt)}, ${formatTime(session.startsAt)}`}
                </Link>
                {session.days.length > 1 ? (
                  // A course run (decision 0037): one entry, its further days below the first.
                  <ul className="text-sm text-muted">
                    {session.days.slice(1).map((day) => (
                      <li
                        key={day.id}
                      >{`Kurstag ${day.dayNumber}: ${formatDate(day.startsAt)}, ${formatTime(day.startsAt)}`}</li>
                    ))}
                  </ul>
                ) : null}
              </TableCell>
              <TableCell>
                {session.title || session.course.title}
                {session.isPublic ? "" : " (nicht öffentlich)"}
                {session.demo ? (
                  <span className="ml-2 rounded bg-sand px-2 py-0.5 text-sm font-semibold">Demodaten</span>
                ) : null}
              </TableCell>
              <TableCell>{session.location}</TableCell>
              <TableCell>{`${session.seatsTaken} / ${session.capacity}`}</TableCell>
              <TableCell>{session._count.bookings}</TableCell>
              <TableCell>{statusText[session.status]}</TableCell>
            </TableRow>
          ))}
        </Table>
      )}
    </>
  );
}
