import type { Metadata } from "next";

import { PortalCertificates } from "@/components/after-course/portal-certificates";
import { EngagementOverview } from "@/components/engagement/engagement-overview";
import { PortalInvoices } from "@/components/invoicing/portal-invoices";
import { PortalResponse } from "@/components/proposals/portal-response";
import { ProposalDocument } from "@/components/proposals/proposal-document";
import { PortalParticipants } from "@/components/registration/portal-participants";
import { Container } from "@/components/ui/container";
import { NoticePage } from "@/components/ui/notice-page";
import { listPortalCertificates } from "@/lib/certificates/queries";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";
import { listPortalInvoices } from "@/lib/invoicing/queries";
import { getEngagementView } from "@/lib/proposals/engagement";
import { acceptProposalAction, requestChangesAction } from "@/lib/proposals/portal-actions";
import { RESPONSE_REFUSALS } from "@/lib/proposals/rules";
import { PORTAL_STATE_MESSAGES } from "@/lib/proposals/service";
import { canRemoveInPortal, portalRemovalNote } from "@/lib/registration/participant-rules";
import { addParticipantsAction, removeParticipantAction } from "@/lib/registration/participants-portal-actions";
import { firstCourseDay, listParticipants, participantSeats } from "@/lib/registration/participants-queries";
import { getRegistrationUrl } from "@/lib/registration/queries";
import { registrationSeatsLabel } from "@/lib/registration/rules";

type Props = { params: Promise<{ lang: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await messagesOf(params)).pages.portal.title, robots: { index: false, follow: false } };
}
// Per request: the link's state (revoked, expired, answered) must be current; see decision 0007.
export const dynamic = "force-dynamic";

export default async function PortalPage({ params }: Props) {
  const { token } = await params;
  const { portal: messages, shared } = (await messagesOf(params)).pages;
  const view = await getEngagementView(getDb(), token);
  if (view.state !== "OK") {
    return <NoticePage title={shared.linkInvalid}>{PORTAL_STATE_MESSAGES[view.state]}</NoticePage>;
  }
  const { proposal } = view;
  const invoices = await listPortalInvoices(getDb(), view.inquiryId);
  const certificates = await listPortalCertificates(getDb(), view.inquiryId);
  const [participants, seats, firstDay] = await Promise.all([
    listParticipants(getDb(), view.inquiryId),
    participantSeats(getDb(), view.inquiryId),
    firstCourseDay(getDb(), view.inquiryId),
  ]);
  const now = new Date();
  const open = firstDay !== null && firstDay.startsAt.getTime() > now.getTime();
  const registrationUrl = await getRegistrationUrl(getDb(), view.inquiryId);
  return (
    <Container className="space-y-8 py-12 sm:py-16">
      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <a
          href={`/api/portal/${token}/pdf`}
          className="inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-white px-4 py-2 font-semibold text-brand"
        >
          {messages.proposalPdf}
        </a>
      </div>
      <EngagementOverview
        token={token}
        reference={view.reference}
        steps={view.steps}
        sessions={view.sessions}
        participants={view.participants}
        versions={view.versions}
        participantsSection={
          view.sessions.length > 0 ? (
            <PortalParticipants
              token={token}
              // Names and functions only: the page does not show the team's addresses.
              participants={participants.map(({ id, name, function: role, waitlistRank }) => ({
                id,
                name,
                function: role,
                waitlistRank,
              }))}
              seatsLine={
                open && seats.capacity !== null ? registrationSeatsLabel({ ...seats, capacity: seats.capacity }) : null
              }
              canRemove={open && firstDay !== null && canRemoveInPortal(firstDay.startsAt, now)}
              removalNote={portalRemovalNote(firstDay?.startsAt ?? null, now)}
              registrationUrl={registrationUrl}
              canAdd={open}
              add={addParticipantsAction}
              texts={messages.participants}
              remove={removeParticipantAction}
            />
          ) : undefined
        }
        registrationUrl={registrationUrl}
        texts={{ ...messages.overview, registrationLink: messages.participants.registrationLink }}
      />
      <PortalInvoices token={token} invoices={invoices} texts={messages.invoices} />
      <PortalCertificates token={token} courses={certificates} texts={messages.certificates} />
      {proposal.status === "ACCEPTED" && proposal.respondedAt ? (
        <p role="status" className="rounded-lg border-2 border-success bg-white p-6 text-lg font-semibold">
          {fill(messages.accepted, {
            date: formatDateTime(proposal.respondedAt),
            name: String(proposal.acceptedByName),
            role: String(proposal.acceptedByRole),
          })}
        </p>
      ) : null}
      {proposal.status === "CHANGES_REQUESTED" && proposal.respondedAt ? (
        <div role="status" className="space-y-2 rounded-lg border-2 border-brand bg-white p-6">
          <p className="text-lg font-semibold">
            {fill(messages.changesRequested, { date: formatDateTime(proposal.respondedAt) })}
          </p>
          <p className="whitespace-pre-line">{proposal.changeRequest}</p>
        </div>
      ) : null}
      <ProposalDocument snapshot={proposal.snapshot} accepted={proposal.status === "ACCEPTED"} />
      {view.verdict.ok ? (
        <PortalResponse
          token={token}
          proposalId={proposal.id}
          organisationName={proposal.snapshot.client.organisationName}
          accept={acceptProposalAction}
          requestChanges={requestChangesAction}
          texts={messages.response}
        />
      ) : view.verdict.reason === "EXPIRED" || view.verdict.reason === "CLOSED" ? (
        <p className="rounded-lg bg-sand p-6">{RESPONSE_REFUSALS[view.verdict.reason]}</p>
      ) : null}
    </Container>
  );
}
