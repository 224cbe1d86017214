import type { Metadata } from "next";

import { TeamRegistrationForm } from "@/components/registration/team-registration-form";
import { Container } from "@/components/ui/container";
import { FactList } from "@/components/ui/fact-list";
import { Heading } from "@/components/ui/heading";
import { NoticePage } from "@/components/ui/notice-page";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { dayWithTimes, fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";
import { registerByLinkAction } from "@/lib/registration/actions";
import { getRegistrationPage } from "@/lib/registration/queries";
import { REGISTRATION_LINK_MESSAGES } from "@/lib/registration/rules";

type Props = { params: Promise<{ lang: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await messagesOf(params)).pages.registration.title, robots: { index: false, follow: false } };
}
// Per request: whether the link is still valid and how many seats are left must be current.
export const dynamic = "force-dynamic";

/** The team registration page of an in-house course, behind its registration link (decision 0031). */
export default async function TeamRegistrationPage({ params }: Props) {
  const { token } = await params;
  const { registration: messages, shared } = (await messagesOf(params)).pages;
  const page = await getRegistrationPage(getDb(), token);
  if (page.state !== "OK") {
    return <NoticePage title={messages.states[page.state]}>{REGISTRATION_LINK_MESSAGES[page.state]}</NoticePage>;
  }
  const dayCount = page.days.length;
  return (
    <>
      <PageHeader
        eyebrow={fill(messages.eyebrow, { organisation: page.organisationName })}
        title={page.title}
        lead={dayCount > 1 ? fill(messages.leadDays, { count: dayCount }) : messages.leadDay}
      />
      <Container className="grid gap-10 py-10 sm:py-14 lg:grid-cols-[2fr_3fr]">
        <section aria-labelledby="kurstage-titel" className="space-y-4">
          <Heading level={2} id="kurstage-titel">
            {dayCount > 1 ? messages.days : messages.day}
          </Heading>
          <FactList
            columns={1}
            facts={page.days.map((day, index) => ({
              label: dayCount > 1 ? fill(messages.dayNumber, { number: index + 1 }) : messages.date,
              value: (
                <>
                  {dayWithTimes(shared.dateTimeRange, day.startsAt, day.endsAt)}
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
            {messages.yourRegistration}
          </Heading>
          <p className="text-muted">{shared.requiredFields}</p>
          <TeamRegistrationForm
            token={token}
            full={page.full}
            days={dayCount}
            action={registerByLinkAction}
            texts={messages.form}
          />
        </section>
      </Container>
    </>
  );
}
