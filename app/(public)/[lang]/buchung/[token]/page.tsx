import type { Metadata } from "next";

import { CalendarLink } from "@/components/booking/calendar-link";
import { ConfirmHoldForm } from "@/components/booking/confirm-hold-form";
import { ManageBooking } from "@/components/booking/manage-booking";
import { SessionDateRows } from "@/components/content/session-list";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { NoticePage } from "@/components/ui/notice-page";
import { cancelBookingAction, confirmBookingAction } from "@/lib/booking/actions";
import { canCancelBooking, cancellationDeadline, isHoldLapsed } from "@/lib/booking/rules";
import { ensureBookingCalendarToken, findBookingByToken } from "@/lib/booking/service";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { calendarTokenFor } from "@/lib/manage-token";

export const metadata: Metadata = { title: "Buchung verwalten", robots: { index: false, follow: false } };
// Rendered per request: the cached [lang] segment would otherwise serve stale seats, slots or links.
export const dynamic = "force-dynamic";

const statusText = {
  HELD: "Reserviert, noch nicht bestätigt",
  CONFIRMED: "Bestätigt",
  WAITLISTED: "Auf der Warteliste",
  CANCELLED: "Storniert",
} as const;

export default async function ManageBookingPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const booking = await findBookingByToken(getDb(), token);
  if (!booking) {
    return (
      <NoticePage title="Link nicht gültig">
        Diese Buchung gibt es nicht, oder der Link wurde ersetzt: Wer von der Warteliste nachrückt, erhält einen neuen
        Link. Den aktuellen Link finden Sie in Ihrer neusten E-Mail zu dieser Buchung.
      </NoticePage>
    );
  }
  await ensureBookingCalendarToken(getDb(), booking, token);
  const { session } = booking;
  const deadlineHours = getEnv().BOOKING_CANCEL_DEADLINE_HOURS;
  const now = new Date();
  const lapsed = isHoldLapsed(booking, now);
  const verdict = canCancelBooking(booking, now, deadlineHours);
  const waitlisted = booking.status === "WAITLISTED";
  const awaitingConfirmation = booking.holdExpiresAt !== null && booking.status !== "CANCELLED" && !lapsed;
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-3xl space-y-8">
        <Heading size="display">Ihre Buchung</Heading>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-6">
          <dt className="font-semibold">Kurs</dt>
          <dd>{session.title || session.course.title}</dd>
          <SessionDateRows session={session} />
          <dt className="font-semibold">Ort</dt>
          <dd>{[session.location, session.address].filter(Boolean).join(", ")}</dd>
          <dt className="font-semibold">Status</dt>
          <dd>
            {lapsed ? "Verfallen (nicht bestätigt)" : statusText[booking.status]}
            {waitlisted && !lapsed ? ` (Position ${booking.waitlistPosition})` : ""}
          </dd>
          <dt className="font-semibold">Teilnehmende</dt>
          <dd>{booking.participants.map((participant) => participant.name).join(", ")}</dd>
        </dl>
        {awaitingConfirmation && booking.holdExpiresAt ? (
          <section
            aria-labelledby="bestaetigen-titel"
            className="space-y-4 rounded-lg border-2 border-brand bg-white p-6"
          >
            <h2 id="bestaetigen-titel" className="text-2xl font-bold text-brand-dark">
              Buchung bestätigen
            </h2>
            <p>
              {waitlisted
                ? `Bitte bestätigen Sie Ihren Platz auf der Warteliste bis ${formatDateTime(booking.holdExpiresAt)}. Ohne Bestätigung verfällt er.`
                : `Ich halte Ihre Plätze bis ${formatDateTime(booking.holdExpiresAt)} für Sie frei. Ohne Bestätigung verfällt die Buchung, und die Plätze gehen an andere.`}
            </p>
            <ConfirmHoldForm
              token={token}
              label="Buchung bestätigen"
              successMessage={
                waitlisted
                  ? "Ihr Platz auf der Warteliste ist bestätigt."
                  : "Ihre Buchung ist bestätigt. Sie erhalten eine Bestätigung per E-Mail."
              }
              action={confirmBookingAction}
            />
          </section>
        ) : null}
        {lapsed || (booking.status === "CANCELLED" && booking.holdExpiresAt) ? (
          <p className="rounded-lg bg-sand p-6">
            Diese Buchung wurde nicht rechtzeitig bestätigt und ist verfallen; die Plätze sind wieder frei. Bitte buchen
            Sie neu.
          </p>
        ) : null}
        {booking.status === "CONFIRMED" ? <CalendarLink calendarToken={calendarTokenFor(token)} /> : null}
        {lapsed || (booking.status === "CANCELLED" && booking.holdExpiresAt) ? null : verdict.ok ? (
          <section aria-labelledby="stornieren-titel" className="space-y-4">
            <h2 id="stornieren-titel" className="text-2xl font-bold text-brand-dark">
              {waitlisted ? "Warteliste verlassen" : "Buchung stornieren"}
            </h2>
            {!waitlisted ? (
              <p>{`Stornieren über diesen Link ist bis ${formatDateTime(cancellationDeadline(booking, deadlineHours))} möglich.`}</p>
            ) : null}
            <ManageBooking token={token} waitlisted={waitlisted} cancel={cancelBookingAction} />
          </section>
        ) : (
          <p className="rounded-lg bg-sand p-6">
            {
              {
                SPENT: "Diese Buchung ist storniert. Der Link ist damit nicht mehr gültig.",
                SESSION_CANCELLED: "Dieser Kurstermin wurde abgesagt; Ihre Buchung ist damit aufgehoben.",
                TOO_LATE: `Stornieren über diesen Link ist nur bis ${deadlineHours} Stunden vor Kursbeginn möglich. Bitte melden Sie sich direkt per E-Mail.`,
              }[verdict.reason]
            }
          </p>
        )}
      </div>
    </Container>
  );
}
