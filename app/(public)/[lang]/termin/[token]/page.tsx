import type { Metadata } from "next";
import Link from "next/link";

import { CalendarLink } from "@/components/booking/calendar-link";
import { ConfirmHoldForm } from "@/components/booking/confirm-hold-form";
import { ManageCall } from "@/components/booking/manage-call";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { NoticePage } from "@/components/ui/notice-page";
import { isHoldLapsed } from "@/lib/booking/rules";
import { cancelCallAction, confirmCallAction, rescheduleCallAction } from "@/lib/consultation/actions";
import { getCallForManagement } from "@/lib/consultation/queries";
import { canChangeAppointment, changeCutoff } from "@/lib/consultation/rules";
import { ensureCallCalendarToken } from "@/lib/consultation/service";
import { getDb } from "@/lib/db";
import { formatDateTime, formatLongDate, formatTime } from "@/lib/format";
import { calendarTokenFor } from "@/lib/manage-token";

export const metadata: Metadata = { title: "Erstgespräch verwalten", robots: { index: false, follow: false } };
// Rendered per request: the cached [lang] segment would otherwise serve stale seats, slots or links.
export const dynamic = "force-dynamic";

const statusText = {
  BOOKED: "Gebucht",
  CANCELLED: "Abgesagt",
  RESCHEDULED: "Verschoben",
  COMPLETED: "Stattgefunden",
  NO_SHOW: "Stattgefunden",
} as const;

export default async function ManageCallPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ verschoben?: string }>;
}) {
  const { token } = await params;
  const { verschoben } = await searchParams;
  const found = await getCallForManagement(token);
  if (!found) {
    return (
      <NoticePage
        title="Link nicht gültig"
        action={
          <Link href="/erstgespraech" className="font-semibold text-brand underline">
            Neuen Termin buchen
          </Link>
        }
      >
        Diesen Termin gibt es nicht, oder der Link ist nicht mehr gültig, weil der Termin verschoben wurde. Den
        aktuellen Link finden Sie in Ihrer neusten Bestätigung.
      </NoticePage>
    );
  }
  const { appointment, settings, slots } = found;
  await ensureCallCalendarToken(getDb(), appointment, token);
  const now = new Date();
  const lapsed = appointment.status === "BOOKED" && isHoldLapsed(appointment, now);
  const held = appointment.status === "BOOKED" && appointment.holdExpiresAt !== null && !lapsed;
  const verdict = canChangeAppointment(appointment, now, settings.changeCutoffHours);
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-3xl space-y-8">
        <Heading size="display">Ihr Erstgespräch</Heading>
        {verschoben === "1" && appointment.status === "BOOKED" ? (
          <p role="status" className="rounded-md border-2 border-success bg-white p-4 font-semibold text-success">
            Ihr Termin ist verschoben. Sie erhalten eine neue Bestätigung per E-Mail.
          </p>
        ) : null}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-6">
          <dt className="font-semibold">Termin</dt>
          <dd>{`${formatLongDate(appointment.startsAt)}, ${formatTime(appointment.startsAt)}–${formatTime(appointment.endsAt)} Uhr`}</dd>
          <dt className="font-semibold">Status</dt>
          <dd>
            {lapsed
              ? "Verfallen (nicht bestätigt)"
              : held
                ? "Reserviert, noch nicht bestätigt"
                : statusText[appointment.status]}
          </dd>
          <dt className="font-semibold">Name</dt>
          <dd>{appointment.name}</dd>
        </dl>
        {held && appointment.holdExpiresAt ? (
          <section
            aria-labelledby="bestaetigen-titel"
            className="space-y-4 rounded-lg border-2 border-brand bg-white p-6"
          >
            <h2 id="bestaetigen-titel" className="text-2xl font-bold text-brand-dark">
              Erstgespräch bestätigen
            </h2>
            <p>{`Ich halte Ihnen den Termin bis ${formatDateTime(appointment.holdExpiresAt)} frei. Ohne Bestätigung verfällt er.`}</p>
            <ConfirmHoldForm
              token={token}
              label="Erstgespräch bestätigen"
              successMessage="Ihr Erstgespräch ist bestätigt. Sie erhalten die Bestätigung mit Kalendereintrag per E-Mail."
              action={confirmCallAction}
            />
          </section>
        ) : null}
        {appointment.status === "BOOKED" && !held && !lapsed ? (
          <CalendarLink calendarToken={calendarTokenFor(token)} />
        ) : null}
        {lapsed ? (
          <p className="rounded-lg bg-sand p-6">
            Dieser Termin wurde nicht rechtzeitig bestätigt und ist verfallen; er ist wieder frei. Bitte buchen Sie neu.
          </p>
        ) : verdict.ok ? (
          <>
            <p>{`Änderungen sind bis ${formatDateTime(changeCutoff(appointment, settings.changeCutoffHours))} möglich.`}</p>
            <ManageCall
              token={token}
              slots={slots.map((slot) => ({
                startsAt: slot.startsAt.toISOString(),
                endsAt: slot.endsAt.toISOString(),
              }))}
              cancel={cancelCallAction}
              reschedule={rescheduleCallAction}
            />
          </>
        ) : (
          <p className="rounded-lg bg-sand p-6">
            {verdict.reason === "SPENT"
              ? "Dieser Link ist nicht mehr gültig: Der Termin wurde abgesagt oder verschoben."
              : `Änderungen über diesen Link sind nur bis ${settings.changeCutoffHours} Stunden vor dem Gespräch möglich. Bitte melden Sie sich direkt per E-Mail.`}
          </p>
        )}
      </div>
    </Container>
  );
}
