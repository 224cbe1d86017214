import type { Metadata } from "next";

import { TeamRegistrationForm } from "@/components/registration/team-registration-form";
import { Container } from "@/components/ui/container";
import { FactList } from "@/components/ui/fact-list";
import { Heading } from "@/components/ui/heading";
import { NoticePage } from "@/components/ui/notice-page";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { formatLongDate, formatTime } from "@/lib/format";
import { registerByLinkAction } from "@/lib/registration/actions";
import { getRegistrationPage } from "@/lib/registration/queries";
import { REGISTRATION_LINK_MESSAGES } from "@/lib/registration/rules";

export const metadata: Metadata = { title: "Anmeldung zum Kurs", robots: { index: false, follow: false } };
// Per request: whether the link is still valid and how many seats are left must be current.
export const dynamic = "force-dynamic";

const STATE_TITLES = {
  UNKNOWN: "Anmeldelink nicht gefunden",
  REVOKED: "Anmeldelink nicht mehr gültig",
  CLOSED: "Anmeldung geschlossen",
} as const;

/** The team registration page of an in-house course, behind its registration link (decision 0031). */
export default async function TeamRegistrationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const page = await getRegistrationPage(getDb(), token);
  if (page.state !== "OK") {
    return <NoticePage title={STATE_TITLES[page.state]}>{REGISTRATION_LINK_MESSAGES[page.state]}</NoticePage>;
  }
  const dayCount = page.days.length;
  return (
    <>
      <PageHeader
        eyebrow={`Firmenkurs für ${page.organisationName}`}
        title={page.title}
        lead={
          dayCount > 1
            ? `Melden Sie sich hier einmal für alle ${dayCount} Kurstage an.`
            : "Melden Sie sich hier für den Kurstag an."
        }
      />
      <Container className="grid gap-10 py-10 sm:py-14 lg:grid-cols-[2fr_3fr]">
        <section aria-labelledby="kurstage-titel" className="space-y-4">
          <Heading level={2} id="kurstage-titel">
            {dayCount > 1 ? "Die Kurstage" : "Der Kurstag"}
          </Heading>
          <FactList
            columns={1}
            facts={page.days.map((day, index) => ({
              label: dayCount > 1 ? `Tag ${index + 1}` : "Datum",
              value: (
                <>
                  {`${formatLongDate(new Date(day.startsAt))}, ${formatTime(new Date(day.startsAt))}–${formatTime(new Date(day.endsAt))} Uhr`}
                  <br />
                  {[day.location, day.address].filter(Boolean).join(", ")}
                </>
              ),
            }))}
          />
          <p className="font-semibold" id="plaetze">
            {page.seatsLabel}
          </p>
        </section>
        <section aria-labelledby="anmeldung-titel" className="space-y-4">
          <Heading level={2} id="anmeldung-titel">
            Ihre Anmeldung
          </Heading>
          <p className="text-muted">Felder mit * sind Pflichtfelder.</p>
          <TeamRegistrationForm token={token} full={page.full} days={dayCount} action={registerByLinkAction} />
        </section>
      </Container>
    </>
  );
}
