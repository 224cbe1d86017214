import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { SeatBookingForm } from "@/components/booking/seat-booking-form";
import { SessionDateRows } from "@/components/content/session-list";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { bookSeatsAction } from "@/lib/booking/actions";
import { getSessionForBooking } from "@/lib/booking/queries";
import { bookingClosedMessages, bookingClosedReason } from "@/lib/booking/rules";
import { formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await messagesOf(params)).pages.sessions.booking.title };
}
// Rendered per request: the cached [lang] segment would otherwise serve stale seats, slots or links.
export const dynamic = "force-dynamic";

export default async function BookSessionPage({ params }: Props) {
  const { id } = await params;
  const { sessions, shared, content } = (await messagesOf(params)).pages;
  const messages = sessions.booking;
  const session = await getSessionForBooking(id);
  if (!session) notFound();
  const closed = bookingClosedReason(session, new Date());
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-3xl space-y-8">
        <div>
          <p className="font-semibold text-brand">
            <Link href={`/kurse/${session.courseSlug}`} className="underline">
              {session.courseTitle}
            </Link>
          </p>
          <Heading size="display" className="mt-1">
            {fill(messages.heading, { title: session.title })}
          </Heading>
        </div>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-6">
          <SessionDateRows
            session={session}
            dateLabel={messages.date}
            dateTimeRange={shared.dateTimeRange}
            texts={content.courseRun}
          />
          <dt className="font-semibold">{messages.place}</dt>
          <dd>{[session.location, session.address].filter(Boolean).join(", ")}</dd>
          {session.priceNote ? (
            <>
              <dt className="font-semibold">{messages.price}</dt>
              <dd>{session.priceNote}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{messages.seats}</dt>
          <dd>{session.availability.label}</dd>
          {session.bookingDeadline ? (
            <>
              <dt className="font-semibold">{messages.deadline}</dt>
              <dd>{formatDateTime(session.bookingDeadline)}</dd>
            </>
          ) : null}
        </dl>
        {closed ? (
          <p className="rounded-lg bg-sand p-6 font-semibold">{bookingClosedMessages[closed]}</p>
        ) : (
          <SeatBookingForm
            sessionId={session.id}
            availability={session.availability}
            action={bookSeatsAction}
            texts={messages.form}
          />
        )}
      </div>
    </Container>
  );
}
