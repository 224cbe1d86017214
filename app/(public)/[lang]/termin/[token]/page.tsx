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
import { formatDateTime } from "@/lib/format";
import { dayWithTimes, fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";
import { calendarTokenFor } from "@/lib/manage-token";

type Props = { params: Promise<{ lang: string; token: string }>; searchParams: Promise<{ verschoben?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return { title: (await messagesOf(params)).pages.callBooking.manage.title, robots: { index: false, follow: false } };
}
// Rendered per request: the cached [lang] segment would otherwise serve stale seats, slots or links.
export const dynamic = "force-dynamic";

export default async function ManageCallPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { callBooking, shared } = (await messagesOf(params)).pages;
  const messages = callBooking.manage;
  const { verschoben } = await searchParams;
  const found = await getCallForManagement(token);
  if (!found) {
    return (
      <NoticePage
        title={shared.linkInvalid}
        action={
          <Link href="/erstgespraech" className="font-semibold text-brand underline">
            {messages.bookNew}
          </Link>
        }
      >
        {messages.invalid}
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
        <Heading size="display">{messages.heading}</Heading>
        {verschoben === "1" && appointment.status === "BOOKED" ? (
          <p role="status" className="rounded-md border-2 border-success bg-white p-4 font-semibold text-success">
            {messages.rescheduled}
          </p>
        ) : null}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-6">
          <dt className="font-semibold">{messages.appointment}</dt>
          <dd>{dayWithTimes(shared.dateTimeRange, appointment.startsAt, appointment.endsAt)}</dd>
          <dt className="font-semibold">{messages.status}</dt>
          <dd>
            {lapsed ? shared.lapsedUnconfirmed : held ? shared.heldUnconfirmed : messages.statuses[appointment.status]}
          </dd>
          <dt className="font-semibold">{messages.name}</dt>
          <dd>{appointment.name}</dd>
        </dl>
        {held && appointment.holdExpiresAt ? (
          <section
            aria-labelledby="bestaetigen-titel"
            className="space-y-4 rounded-lg border-2 border-brand bg-white p-6"
          >
            <h2 id="bestaetigen-titel" className="text-2xl font-bold text-brand-dark">
              {messages.confirm.title}
            </h2>
            <p>{fill(messages.confirm.text, { deadline: formatDateTime(appointment.holdExpiresAt) })}</p>
            <ConfirmHoldForm
              token={token}
              label={messages.confirm.title}
              pendingLabel={shared.confirming}
              successMessage={messages.confirm.done}
              action={confirmCallAction}
            />
          </section>
        ) : null}
        {appointment.status === "BOOKED" && !held && !lapsed ? (
          <CalendarLink calendarToken={calendarTokenFor(token)} label={shared.calendarEntry} />
        ) : null}
        {lapsed ? (
          <p className="rounded-lg bg-sand p-6">{messages.lapsed}</p>
        ) : verdict.ok ? (
          <>
            <p>
              {fill(messages.changeUntil, {
                deadline: formatDateTime(changeCutoff(appointment, settings.changeCutoffHours)),
              })}
            </p>
            <ManageCall
              texts={{ ...messages.form, slotPicker: shared.slotPicker, running: shared.running, abort: shared.abort }}
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
              ? messages.spent
              : fill(messages.tooLate, { hours: settings.changeCutoffHours })}
          </p>
        )}
      </div>
    </Container>
  );
}
