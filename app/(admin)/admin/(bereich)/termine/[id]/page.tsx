import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";

import { AttendanceSelect } from "@/components/admin/booking/attendance-select";
import { MoveBookingForm, RenameParticipantForm } from "@/components/admin/booking/booking-row-forms";
import { CancelSessionForm, CapacityForm, MoveSessionForm } from "@/components/admin/booking/session-change-forms";
import { ActionButton } from "@/components/ui/action-button";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { TitledSection } from "@/components/ui/titled-section";
import { requireAdmin } from "@/lib/auth/guards";
import {
  cancelBookingAsAdminAction,
  cancelSessionAction,
  changeSessionCapacityAction,
  moveBookingAsAdminAction,
  moveSessionAction,
  removeParticipantAsAdminAction,
  renameParticipantAsAdminAction,
  setAttendanceAction,
} from "@/lib/booking/admin-actions";
import { getSessionForAdmin, listBookingHistory, listMoveTargets } from "@/lib/booking/admin-queries";
import { RUN_MOVE_MESSAGE } from "@/lib/booking/rules";
import { toZurichWallTime } from "@/lib/calendar/zurich-time";
import { formatDate, formatDateTime, formatLongDate, formatTime } from "@/lib/format";

export const metadata: Metadata = { title: "Termin" };

const bookingStatus = {
  HELD: "Reserviert, unbestätigt",
  CONFIRMED: "Bestätigt",
  WAITLISTED: "Warteliste",
  CANCELLED: "Storniert",
} as const;

const text = z.string().optional().catch(undefined);
// The audit row's data as the booking writes store it; a field missing or of another shape reads as absent.
const historyData = z.object({ contactName: text, toSessionId: text, name: text, from: text, to: text }).catch({});

/** One line of the booking history, from the audit row the change wrote. */
function historyText(action: string, data: unknown, sessionId: string): string {
  const values = historyData.parse(data ?? {});
  switch (action) {
    case "booking.cancel":
      return `Buchung von ${values.contactName} storniert`;
    case "booking.move":
      return values.toSessionId === sessionId
        ? `Buchung von ${values.contactName} aus einem anderen Termin hierher verschoben`
        : `Buchung von ${values.contactName} in einen anderen Termin verschoben`;
    case "participant.remove":
      return `${values.name} abgemeldet`;
    case "participant.rename":
      return `«${values.from}» umbenannt in «${values.to}»`;
    default:
      // Never the internal key ("booking.cancel"): a change this list does not word yet.
      return "Buchung geändert";
  }
}

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
  const [targets, history] = await Promise.all([listMoveTargets(session), listBookingHistory(session.id)]);
  const moveTargets = targets.map((target) => ({
    id: target.id,
    label: `${formatDate(target.startsAt)} ${formatTime(target.startsAt)}, ${target.location} (${target.capacity - target.seatsTaken} frei)`,
  }));
  return (
    <div className="space-y-10">
      <div>
        <Heading>{title}</Heading>
        {session.days.length > 1 ? (
          // A course run (decision 0037): every booking is a seat on each of these days.
          <div className="mt-2 text-lg">
            <p>{`${session.days.length} Kurstage, ${session.location}; jede Buchung gilt für alle Tage:`}</p>
            <ol>
              {session.days.map((day) => (
                <li key={day.id}>
                  {`Kurstag ${day.dayNumber}: ${formatLongDate(day.startsAt)}, ${formatTime(day.startsAt)}–${formatTime(day.endsAt)} Uhr`}
                </li>
              ))}
            </ol>
          </div>
        ) : (
          <p className="mt-2 text-lg">
            {`${formatLongDate(session.startsAt)}, ${formatTime(session.startsAt)}–${formatTime(session.endsAt)} Uhr, ${session.location}`}
          </p>
        )}
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
          <a
            href={`/api/admin/termine/${session.id}/kursbestaetigungen`}
            className="font-semibold text-brand underline"
          >
            Kursbestätigungen (PDF)
          </a>
        </div>
        {session.bookings.length === 0 ? (
          <p className="mt-4">Noch keine Buchungen.</p>
        ) : (
          <Table
            caption="Teilnehmende mit Status der Buchung und Anwesenheit"
            columns={["Name", "E-Mail", "Organisation", "Buchung", "Anwesenheit"]}
            className="mt-4"
          >
            {session.bookings.flatMap((booking) =>
              booking.participants.map((participant, index) => (
                <TableRow key={participant.id}>
                  <TableCell>
                    {participant.name}
                    {booking.status !== "CANCELLED" ? (
                      <>
                        <RenameParticipantForm
                          participantId={participant.id}
                          name={participant.name}
                          action={renameParticipantAsAdminAction}
                        />
                        {booking.participants.length > 1 ? (
                          <ActionButton
                            variant="danger-link"
                            accessibleName={`${participant.name} abmelden`}
                            action={removeParticipantAsAdminAction.bind(null, { participantId: participant.id })}
                          >
                            Abmelden
                          </ActionButton>
                        ) : null}
                      </>
                    ) : null}
                  </TableCell>
                  <TableCell>{participant.email}</TableCell>
                  <TableCell>{booking.organisation}</TableCell>
                  <TableCell>
                    {bookingStatus[booking.status]}
                    {booking.status === "WAITLISTED" ? ` (Position ${booking.waitlistPosition})` : ""}
                    {booking.holdExpiresAt && booking.status !== "CANCELLED"
                      ? ` (Bestätigung offen bis ${formatDateTime(booking.holdExpiresAt)})`
                      : ""}
                    <span className="block text-sm text-muted">{`${booking.contactName}, gebucht am ${formatDate(booking.createdAt)}`}</span>
                    {index === 0 && booking.status !== "CANCELLED" && session.status === "SCHEDULED" ? (
                      <>
                        <ActionButton
                          variant="danger-link"
                          accessibleName={`Buchung von ${booking.contactName} stornieren`}
                          action={cancelBookingAsAdminAction.bind(null, { bookingId: booking.id, message: "" })}
                        >
                          Buchung stornieren
                        </ActionButton>
                        <MoveBookingForm
                          bookingId={booking.id}
                          contactName={booking.contactName}
                          targets={moveTargets}
                          action={moveBookingAsAdminAction}
                        />
                      </>
                    ) : null}
                  </TableCell>
                  <TableCell>
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
                  </TableCell>
                </TableRow>
              )),
            )}
          </Table>
        )}
      </section>

      {history.length > 0 ? (
        <TitledSection id="verlauf-titel" title="Verlauf der Buchungen" className="max-w-3xl space-y-2">
          <ul className="space-y-1">
            {history.map((entry) => (
              <li
                key={entry.id}
              >{`${formatDateTime(entry.createdAt)}: ${historyText(entry.action, entry.data, session.id)} (${entry.actor?.name || entry.actor?.email || "unbekannt"})`}</li>
            ))}
          </ul>
        </TitledSection>
      ) : null}

      {session.status === "SCHEDULED" ? (
        <>
          <TitledSection id="kapazitaet-titel" title="Kapazität" className="max-w-2xl space-y-4">
            <CapacityForm
              sessionId={session.id}
              capacity={session.capacity}
              seatsTaken={session.seatsTaken}
              action={changeSessionCapacityAction}
            />
          </TitledSection>
          <TitledSection id="verschieben-titel" title="Termin verschieben" className="max-w-2xl space-y-4">
            {session.days.length > 1 ? (
              <p>{RUN_MOVE_MESSAGE}</p>
            ) : (
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
            )}
          </TitledSection>
          <TitledSection id="absagen-titel" title="Termin absagen" className="max-w-2xl space-y-4">
            <CancelSessionForm sessionId={session.id} action={cancelSessionAction} />
          </TitledSection>
        </>
      ) : null}
    </div>
  );
}
