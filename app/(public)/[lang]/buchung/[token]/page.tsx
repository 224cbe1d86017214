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
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";
import { calendarTokenFor } from "@/lib/manage-token";

type Props = { params: Promise<{ lang: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await messagesOf(params)).pages.booking.title, robots: { index: false, follow: false } };
}
// Rendered per request: the cached [lang] segment would otherwise serve stale seats, slots or links.
export const dynamic = "force-dynamic";

export default async function ManageBookingPage({ params }: Props) {
  const { token } = await params;
  const { booking: messages, shared, content } = (await messagesOf(params)).pages;
  const booking = await findBookingByToken(getDb(), token);
  if (!booking) {
    return <NoticePage title={shared.linkInvalid}>{messages.invalid}</NoticePage>;
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
        <Heading size="display">{messages.heading}</Heading>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-6">
          <dt className="font-semibold">{messages.course}</dt>
          <dd>{session.title || session.course.title}</dd>
          <SessionDateRows
            session={session}
            dateLabel={messages.date}
            dateTimeRange={shared.dateTimeRange}
            texts={content.courseRun}
          />
          <dt className="font-semibold">{messages.place}</dt>
          <dd>{[session.location, session.address].filter(Boolean).join(", ")}</dd>
          <dt className="font-semibold">{messages.status}</dt>
          <dd>
            {lapsed ? shared.lapsedUnconfirmed : messages.statuses[booking.status]}
            {waitlisted && !lapsed
              ? fill(messages.waitlistPosition, { position: String(booking.waitlistPosition) })
              : ""}
          </dd>
          <dt className="font-semibold">{messages.participants}</dt>
          <dd>{booking.participants.map((participant) => participant.name).join(", ")}</dd>
        </dl>
        {awaitingConfirmation && booking.holdExpiresAt ? (
          <section
            aria-labelledby="bestaetigen-titel"
            className="space-y-4 rounded-lg border-2 border-brand bg-white p-6"
          >
            <h2 id="bestaetigen-titel" className="text-2xl font-bold text-brand-dark">
              {messages.confirm.title}
            </h2>
            <p>
              {fill(waitlisted ? messages.confirm.waitlisted : messages.confirm.held, {
                deadline: formatDateTime(booking.holdExpiresAt),
              })}
            </p>
            <ConfirmHoldForm
              token={token}
              label={messages.confirm.title}
              pendingLabel={shared.confirming}
              successMessage={waitlisted ? messages.confirm.doneWaitlisted : messages.confirm.done}
              action={confirmBookingAction}
            />
          </section>
        ) : null}
        {lapsed || (booking.status === "CANCELLED" && booking.holdExpiresAt) ? (
          <p className="rounded-lg bg-sand p-6">{messages.lapsed}</p>
        ) : null}
        {booking.status === "CONFIRMED" ? (
          <CalendarLink calendarToken={calendarTokenFor(token)} label={shared.calendarEntry} />
        ) : null}
        {lapsed || (booking.status === "CANCELLED" && booking.holdExpiresAt) ? null : verdict.ok ? (
          <section aria-labelledby="stornieren-titel" className="space-y-4">
            <h2 id="stornieren-titel" className="text-2xl font-bold text-brand-dark">
              {waitlisted ? messages.leaveWaitlist : messages.cancel}
            </h2>
            {!waitlisted ? (
              <p>
                {fill(messages.cancelUntil, {
                  deadline: formatDateTime(cancellationDeadline(booking, deadlineHours)),
                })}
              </p>
            ) : null}
            <ManageBooking
              token={token}
              waitlisted={waitlisted}
              cancel={cancelBookingAction}
              texts={{
                ...messages.cancelForm,
                label: waitlisted ? messages.leaveWaitlist : messages.cancel,
                running: shared.running,
                abort: shared.abort,
              }}
            />
          </section>
        ) : (
          <p className="rounded-lg bg-sand p-6">{fill(messages.refusals[verdict.reason], { hours: deadlineHours })}</p>
        )}
      </div>
    </Container>
  );
}
