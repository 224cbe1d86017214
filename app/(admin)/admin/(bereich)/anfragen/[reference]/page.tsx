import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { InquiryNoteForm, InquiryReplyForm, InquiryStatusForm } from "@/components/admin/inquiries/inquiry-forms";
import { InquiryKindTag } from "@/components/admin/inquiries/inquiry-kind-tag";
import { InquiryStatusTag } from "@/components/admin/inquiries/inquiry-status-tag";
import { InquiryTimeline } from "@/components/admin/inquiries/inquiry-timeline";
import { EngagementSteps } from "@/components/engagement/engagement-steps";
import { TeamRegistrationAdmin } from "@/components/registration/team-registration-admin";
import { FactList } from "@/components/ui/fact-list";
import { Heading } from "@/components/ui/heading";
import { TitledSection } from "@/components/ui/titled-section";
import { requireAdmin } from "@/lib/auth/guards";
import { formatChf, formatDate, formatDateTime, formatTime } from "@/lib/format";
import { greeting } from "@/lib/greeting";
import { addInquiryNoteAction, changeInquiryStatusAction, sendInquiryReplyAction } from "@/lib/inquiries/admin-actions";
import { getInquiryForAdmin } from "@/lib/inquiries/admin-queries";
import { buildTimeline } from "@/lib/inquiries/admin-timeline";
import { engagementSteps } from "@/lib/inquiries/rules";
import { isInquiryOverdue, nextStatuses } from "@/lib/inquiries/rules";
import { listInvoicesForAdmin } from "@/lib/invoicing/admin-queries";
import { paymentStateLabels } from "@/lib/invoicing/rules";
import {
  challengeLabels,
  courseFormatLabels,
  inquiryKindLabels,
  languageLabels,
  organisationKindLabels,
  salutationLabels,
  venueLabels,
} from "@/lib/labels";
import { getTeamRegistrationForAdmin } from "@/lib/registration/admin-queries";

type Params = Promise<{ reference: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Anfrage ${reference}` };
}

export default async function AdminInquiryPage({ params }: { params: Params }) {
  await requireAdmin();
  const { reference } = await params;
  const inquiry = await getInquiryForAdmin(reference);
  if (!inquiry) notFound();
  const team = await getTeamRegistrationForAdmin(inquiry.id);
  const now = new Date();
  const invoices = await listInvoicesForAdmin({ inquiryId: inquiry.id });
  const options = nextStatuses(inquiry.status);
  const timeline = buildTimeline(inquiry.events, inquiry.outbox);
  const steps = engagementSteps(inquiry.status);
  const challenges = [
    ...inquiry.challenges.map((challenge) => challengeLabels[challenge]),
    ...(inquiry.challengesOther ? [inquiry.challengesOther] : []),
  ];
  const courseFacts = [
    { label: "Tätigkeitsfeld", value: inquiry.field?.name ?? "–" },
    { label: "Kurs", value: inquiry.course?.title ?? "–" },
    { label: "Teilnehmende", value: inquiry.participants ?? "–" },
    { label: "Format", value: inquiry.format ? courseFormatLabels[inquiry.format] : "–" },
    { label: "Zeitraum", value: inquiry.preferredPeriod || "–" },
    {
      label: "Kursort",
      value: `${inquiry.venue ? venueLabels[inquiry.venue] : "–"}${inquiry.venueNote ? ` (${inquiry.venueNote})` : ""}`,
    },
    { label: "Sprache", value: languageLabels[inquiry.language] },
    { label: "Herausforderungen", value: challenges.length ? challenges.join("; ") : "–" },
    { label: "Gewünschte Ziele", value: inquiry.wishedGoals.map((item) => item.goal.title).join("; ") || "–" },
    { label: "Gewünschte Inhalte", value: inquiry.wishedModules.map((item) => item.module.title).join("; ") || "–" },
  ];
  // A leadership inquiry answers its own questions (Führungskultur), not the course form's.
  const leadershipFacts = [
    { label: "Grösse des Teams", value: inquiry.teamSize ?? "–" },
    { label: "Was sich verändern soll", value: inquiry.desiredChange || "–" },
    { label: "Wer teilnimmt", value: inquiry.attendees || "–" },
    { label: "Zeitraum", value: inquiry.preferredPeriod || "–" },
  ];
  const facts = [
    { label: "Anliegen", value: inquiryKindLabels[inquiry.kind] },
    { label: "Organisation", value: inquiry.organisationName },
    { label: "Art", value: organisationKindLabels[inquiry.organisationKind] },
    { label: "Abteilung", value: inquiry.department || "–" },
    {
      label: "Kontaktperson",
      value:
        inquiry.salutation === "NEUTRAL"
          ? inquiry.contactName
          : `${salutationLabels[inquiry.salutation]} ${inquiry.contactName}`,
    },
    {
      label: "E-Mail",
      value: (
        <a href={`mailto:${inquiry.email}`} className="text-brand underline">
          {inquiry.email}
        </a>
      ),
    },
    { label: "Telefon", value: inquiry.phone || "–" },
    ...(inquiry.kind === "LEADERSHIP" ? leadershipFacts : courseFacts),
    { label: "Datenschutz bestätigt", value: formatDateTime(inquiry.privacyConsentAt) },
  ];
  return (
    <div className="space-y-10">
      <div>
        <p className="text-sm text-muted">
          <Link href="/admin/anfragen" className="text-brand underline">
            Alle Anfragen
          </Link>
        </p>
        <Heading className="mt-2">{`${inquiry.reference}: ${inquiry.organisationName}`}</Heading>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <InquiryKindTag kind={inquiry.kind} />
          <InquiryStatusTag status={inquiry.status} overdue={isInquiryOverdue(inquiry, now)} />
          <span>{`Eingang ${formatDateTime(inquiry.receivedAt)}`}</span>
          <span>
            {inquiry.firstResponseAt
              ? `Erste Antwort ${formatDateTime(inquiry.firstResponseAt)}`
              : `Antwort fällig bis ${formatDateTime(inquiry.responseDueAt)}`}
          </span>
        </div>
        <p className="mt-4">
          <Link
            href={`/admin/anfragen/${inquiry.reference}/konzept`}
            prefetch={false}
            className="inline-flex min-h-11 items-center rounded-md border-2 border-brand px-4 py-2 font-semibold text-brand no-underline"
          >
            Kurskonzept
          </Link>
        </p>
      </div>

      <TitledSection id="rechnungen-titel" title="Rechnungen" className="space-y-3">
        {invoices.length === 0 ? (
          <p className="text-muted">Zu dieser Anfrage gibt es noch keine Rechnung.</p>
        ) : (
          <ul className="space-y-1">
            {invoices.map((invoice) => (
              <li key={invoice.id}>
                <Link href={`/admin/rechnungen/${invoice.id}`} className="font-semibold text-brand underline">
                  {`${invoice.kind === "CREDIT_NOTE" ? "Gutschrift" : "Rechnung"} ${invoice.number ?? "(Entwurf)"}`}
                </Link>
                <span className="block text-sm text-muted">
                  {`${formatChf(invoice.payableCents)} · ${paymentStateLabels[invoice.balance.state]}${
                    invoice.balance.state === "PARTLY_PAID" ? `, offen ${formatChf(invoice.balance.openCents)}` : ""
                  }`}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="flex flex-wrap gap-4">
          <Link
            href={`/admin/rechnungen/neu?anfrage=${inquiry.id}`}
            className="inline-flex min-h-11 items-center rounded-md border-2 border-brand px-4 py-2 font-semibold text-brand no-underline"
          >
            Rechnung erstellen
          </Link>
          {invoices.length > 0 ? (
            <Link
              href={`/admin/rechnungen?anfrage=${inquiry.id}`}
              className="inline-flex min-h-11 items-center text-brand underline"
            >
              Alle Rechnungen zu dieser Anfrage
            </Link>
          ) : null}
        </p>
      </TitledSection>

      <TitledSection id="stand-titel" title="Stand des Auftrags" className="space-y-4">
        {steps ? <EngagementSteps steps={steps} labelledBy="stand-titel" /> : <p>Dieser Auftrag ist beendet.</p>}
        {inquiry.sessions.length > 0 ? (
          <ul className="space-y-1">
            {inquiry.sessions.map((session) => (
              <li key={session.id}>
                <Link href={`/admin/termine/${session.id}`} className="font-semibold text-brand underline">
                  {`${formatDate(session.startsAt)}, ${formatTime(session.startsAt)}–${formatTime(session.endsAt)}${session.title ? `: ${session.title}` : ""}`}
                </Link>
                <span className="block text-sm text-muted">
                  {session.status === "CANCELLED"
                    ? `${session.location} · abgesagt`
                    : `${session.location} · ${session.seatsTaken} von ${session.capacity} angemeldet · Warteliste: ${session._count.bookings}`}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {inquiry.sessions.length > 0 ? (
          <p>
            <Link
              href={`/admin/anfragen/${inquiry.reference}/teilnehmende`}
              className="font-semibold text-brand underline"
            >
              Teilnehmende verwalten und importieren
            </Link>
          </p>
        ) : steps && steps.some((step) => step.stage === "ACCEPTED" && step.state === "current") ? (
          <p className="text-muted">Noch keine Kurstermine. Sie werden im Kurskonzept erfasst.</p>
        ) : null}
      </TitledSection>

      <TeamRegistrationAdmin inquiryId={inquiry.id} view={team} />

      <div className="grid gap-10 lg:grid-cols-2">
        <TitledSection id="angaben-titel" title="Angaben der anfragenden Person" className="space-y-4">
          <FactList facts={facts} />
          <div>
            <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">Nachricht</h3>
            <p className="mt-1 whitespace-pre-line">{inquiry.message || "–"}</p>
          </div>
        </TitledSection>

        <div className="space-y-10">
          {options.length > 0 ? (
            <TitledSection id="status-titel" title="Status ändern" className="space-y-4">
              <InquiryStatusForm inquiryId={inquiry.id} options={options} action={changeInquiryStatusAction} />
            </TitledSection>
          ) : null}
          <TitledSection id="notiz-titel" title="Notiz" className="space-y-4">
            <InquiryNoteForm inquiryId={inquiry.id} action={addInquiryNoteAction} />
          </TitledSection>
        </div>
      </div>

      {inquiry.anonymisedAt ? null : (
        <TitledSection id="antwort-titel" title="Antworten" className="max-w-3xl space-y-4">
          <InquiryReplyForm
            inquiryId={inquiry.id}
            recipient={`${inquiry.contactName} <${inquiry.email}>`}
            defaultSubject={`Ihre Anfrage ${inquiry.reference}`}
            defaultBody={`${greeting(inquiry.contactName, inquiry.salutation)}\n\n\n\nFreundliche Grüsse`}
            action={sendInquiryReplyAction}
          />
        </TitledSection>
      )}

      <TitledSection id="verlauf-titel" title="Verlauf" className="max-w-3xl space-y-4">
        <InquiryTimeline entries={timeline} />
      </TitledSection>
    </div>
  );
}
