import type { Metadata } from "next";
import Link from "next/link";

import { sessionPeriod, SessionWhen } from "@/components/content/session-list";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { cachedOpenSessions } from "@/lib/booking/cached";
import { bookingClosedLabels, bookingClosedReason } from "@/lib/booking/rules";
import { formatDate } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { list } = (await messagesOf(params)).pages.sessions;
  return pageMetadata({ title: list.title, description: list.description, path: "/termine" });
}

export default async function OpenSessionsPage({ params }: Props) {
  const { sessions: sessionTexts, content } = (await messagesOf(params)).pages;
  const { list } = sessionTexts;
  const sessions = await cachedOpenSessions();
  // The list is cached for up to an hour; a deadline that passed meanwhile is shown as such.
  const now = new Date();
  return (
    <Container className="py-12 sm:py-16">
      <Heading size="display">{list.title}</Heading>
      <p className="mt-4 max-w-3xl text-lg">
        {list.intro.before}{" "}
        <Link href="/anfrage" className="font-semibold text-brand underline">
          {list.intro.link}
        </Link>
        {list.intro.after}
      </p>
      {sessions.length === 0 ? (
        <p className="mt-10 rounded-lg bg-sand p-6">{list.empty}</p>
      ) : (
        <ul className="mt-10 grid gap-6 md:grid-cols-2">
          {sessions.map((session) => {
            const period = sessionPeriod(session.startsAt, session.endsAt);
            const closed = bookingClosedReason(session, now);
            return (
              <Card as="li" key={session.id}>
                <h2 className="text-xl font-bold text-brand-dark">{session.title}</h2>
                <SessionWhen session={session} className="mt-2" texts={content.courseRun} />
                <p>{session.location}</p>
                <p className="mt-2 font-semibold">
                  {closed ? bookingClosedLabels[closed] : session.availability.label}
                </p>
                {session.bookingDeadline && !closed ? (
                  <p className="text-sm text-muted">
                    {fill(list.deadline, { date: formatDate(session.bookingDeadline) })}
                  </p>
                ) : null}
                {closed ? null : (
                  <p className="mt-4">
                    <Link href={`/termine/${session.id}`} className="font-semibold text-brand underline">
                      {session.availability.queuesNewBookings ? list.waitlist : list.book}
                      <span className="sr-only">{fill(list.bookFor, { title: session.title, period })}</span>
                    </Link>
                  </p>
                )}
              </Card>
            );
          })}
        </ul>
      )}
    </Container>
  );
}
