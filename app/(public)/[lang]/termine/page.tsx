import type { Metadata } from "next";
import Link from "next/link";

import { sessionPeriod, SessionWhen } from "@/components/content/session-list";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { cachedOpenSessions } from "@/lib/booking/cached";
import { bookingClosedLabels, bookingClosedReason } from "@/lib/booking/rules";
import { formatDate } from "@/lib/format";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Offene Kursdaten",
  description:
    "Öffentliche Kurse mit festen Daten: freie Plätze ansehen und direkt buchen, bei ausgebuchten Terminen auf die Warteliste.",
  path: "/termine",
});

export default async function OpenSessionsPage() {
  const sessions = await cachedOpenSessions();
  // The list is cached for up to an hour; a deadline that passed meanwhile is shown as such.
  const now = new Date();
  return (
    <Container className="py-12 sm:py-16">
      <Heading size="display">Offene Kursdaten</Heading>
      <p className="mt-4 max-w-3xl text-lg">
        Diese Kurse finden an festen Daten statt und stehen allen offen. Für einen Kurs nur für Ihr Team stellen Sie am
        besten eine{" "}
        <Link href="/anfrage" className="font-semibold text-brand underline">
          Anfrage
        </Link>
        .
      </p>
      {sessions.length === 0 ? (
        <p className="mt-10 rounded-lg bg-sand p-6">Zurzeit sind keine offenen Kursdaten ausgeschrieben.</p>
      ) : (
        <ul className="mt-10 grid gap-6 md:grid-cols-2">
          {sessions.map((session) => {
            const period = sessionPeriod(session.startsAt, session.endsAt);
            const closed = bookingClosedReason(session, now);
            return (
              <Card as="li" key={session.id}>
                <h2 className="text-xl font-bold text-brand-dark">{session.title}</h2>
                <SessionWhen session={session} className="mt-2" />
                <p>{session.location}</p>
                <p className="mt-2 font-semibold">
                  {closed ? bookingClosedLabels[closed] : session.availability.label}
                </p>
                {session.bookingDeadline && !closed ? (
                  <p className="text-sm text-muted">{`Anmeldeschluss: ${formatDate(session.bookingDeadline)}`}</p>
                ) : null}
                {closed ? null : (
                  <p className="mt-4">
                    <Link href={`/termine/${session.id}`} className="font-semibold text-brand underline">
                      {session.availability.queuesNewBookings ? "Auf die Warteliste" : "Platz buchen"}
                      <span className="sr-only">{` für ${session.title} am ${period}`}</span>
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
