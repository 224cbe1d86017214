import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AttendanceSelect } from "@/components/admin/booking/attendance-select";
import { CancelSessionForm, CapacityForm, MoveSessionForm } from "@/components/admin/booking/session-change-forms";
import { requireAdmin } from "@/lib/auth/guards";
import {
  cancelSessionAction,
  changeSessionCapacityAction,
  moveSessionAction,
  setAttendanceAction,
} from "@/lib/booking/admin-actions";
import { getSessionForAdmin } from "@/lib/booking/admin-queries";
import { toZurichWallTime } from "@/lib/calendar/zurich-time";
import { formatDate, formatDateTime, formatLongDate, formatTime } from "@/lib/format";

export const metadata: Metadata = { title: "Termin" };

const bookingStatus = {
  HELD: "Reserviert, unbestätigt",
  CONFIRMED: "Bestätigt",
  WAITLISTED: "Warteliste",
  CANCELLED: "Storniert",
} as const;

function clock(value: Date): string {
  const wall = toZurichWallTime(value);
  return `${String(wall.hour).padStart(2, "0")}:${String(wall.minute).padStart(2, "0")}`;
}

export default async function AdminSessionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const session = await getSessionForAdmin(id);
  if (!session) notFound();
  const title = session.title || session.course.title;
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold text-brand-dark">{title}</h1>
        <p className="mt-2 text-lg">
          {`${formatLongDate(session.startsAt)}, ${formatTime(session.startsAt)}–${formatTime(session.endsAt)} Uhr, ${session.location}`}
        </p>
        <p>
          {`${session.seatsTaken} von ${session.capacity} Plätzen belegt`}
          {session.status === "CANCELLED" ? " – abgesagt" : ""}
          {session.inquiry ? ` – für ${session.inquiry.organisationName} (${session.inquiry.reference})` : ""}
          {session.isPublic ? "" : " – nicht öffentlich"}
        </p>
      </div>

      <section aria-labelledby="teilnehmende-titel">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 id="teilnehmende-titel" className="text-2xl font-bold text-brand-dark">
            Teilnehmende
          </h2>
          <a href={`/api/admin/termine/${session.id}/teilnehmende`} className="font-semibold text-brand underline">
            Teilnehmerliste als CSV (Excel)
          </a>
        </div>
        {session.bookings.length === 0 ? (
          <p className="mt-4">Noch keine Buchungen.</p>
        ) : (
          <table className="mt-4 w-full border-collapse bg-white text-left">
            <caption className="sr-only">Teilnehmende mit Status der Buchung und Anwesenheit</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2">
                  Name
                </th>
                <th scope="col" className="p-2">
                  E-Mail
                </th>
                <th scope="col" className="p-2">
                  Organisation
                </th>
                <th scope="col" className="p-2">
                  Buchung
                </th>
                <th scope="col" className="p-2">
                  Anwesenheit
                </th>
              </tr>
            </thead>
            <tbody>
              {session.bookings.flatMap((booking) =>
                booking.participants.map((participant) => (
                  <tr key={participant.id} className="border-b border-line">
                    <td className="p-2">{participant.name}</td>
                    <td className="p-2">{participant.email}</td>
                    <td className="p-2">{booking.organisation}</td>
                    <td className="p-2">
                      {bookingStatus[booking.status]}
                      {booking.status === "WAITLISTED" ? ` (Position ${booking.waitlistPosition})` : ""}
                      {booking.holdExpiresAt && booking.status !== "CANCELLED"
                        ? ` (Bestätigung offen bis ${formatDateTime(booking.holdExpiresAt)})`
                        : ""}
                      <span className="block text-sm text-muted">{`${booking.contactName}, gebucht am ${formatDate(booking.createdAt)}`}</span>
                    </td>
                    <td className="p-2">
                      {booking.status === "CONFIRMED" ? (
                        <AttendanceSelect
                          participantId={participant.id}
                          name={participant.name}
                          value={participant.attendance}
                          action={setAttendanceAction}
                        />
                      ) : (
                        "–"
                      )}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
      </section>

      {session.status === "SCHEDULED" ? (
        <>
          <section aria-labelledby="kapazitaet-titel" className="max-w-2xl space-y-4">
            <h2 id="kapazitaet-titel" className="text-2xl font-bold text-brand-dark">
              Kapazität
            </h2>
            <CapacityForm
              sessionId={session.id}
              capacity={session.capacity}
              seatsTaken={session.seatsTaken}
              action={changeSessionCapacityAction}
            />
          </section>
          <section aria-labelledby="verschieben-titel" className="max-w-2xl space-y-4">
            <h2 id="verschieben-titel" className="text-2xl font-bold text-brand-dark">
              Termin verschieben
            </h2>
            <MoveSessionForm
              current={{
                sessionId: session.id,
                date: toZurichWallTime(session.startsAt).date,
                startTime: clock(session.startsAt),
                endTime: clock(session.endsAt),
                location: session.location,
                address: session.address,
              }}
              action={moveSessionAction}
            />
          </section>
          <section aria-labelledby="absagen-titel" className="max-w-2xl space-y-4">
            <h2 id="absagen-titel" className="text-2xl font-bold text-brand-dark">
              Termin absagen
            </h2>
            <CancelSessionForm sessionId={session.id} action={cancelSessionAction} />
          </section>
        </>
      ) : null}
    </div>
  );
}
