import type { Metadata } from "next";

import { DashboardPanel } from "@/components/admin/dashboard-panel";
import { Heading } from "@/components/ui/heading";
import { requireAdmin } from "@/lib/auth/guards";
import { getDashboard, getMissingSiteFacts, getOpenAmountsByClient } from "@/lib/dashboard/admin-queries";
import { formatChf, formatDate, formatDateTime, formatTime, pluralText } from "@/lib/format";
import { mailTemplateLabel } from "@/lib/mail/admin-labels";

export const metadata: Metadata = { title: "Übersicht" };

export default async function AdminDashboardPage() {
  const viewer = await requireAdmin();
  const now = new Date();
  const [dashboard, missingFacts, openByClient] = await Promise.all([
    getDashboard(now),
    getMissingSiteFacts(),
    getOpenAmountsByClient(now),
  ]);
  return (
    <>
      <Heading>{`Guten Tag ${viewer.name ?? viewer.email}`}</Heading>
      <p className="mt-2 text-lg">Was heute Ihre Aufmerksamkeit braucht.</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {missingFacts.length > 0 ? (
          <DashboardPanel
            id="fehlt-titel"
            title="Was der Website noch fehlt"
            count={missingFacts.length}
            empty=""
            items={missingFacts.map((fact) => ({ key: fact.text, title: fact.text, href: fact.href }))}
          />
        ) : null}
        <DashboardPanel
          id="ueberfaellig-titel"
          title="Überfällige Anfragen"
          count={dashboard.overdueInquiries.count}
          empty="Keine Anfrage wartet über die Antwortfrist hinaus."
          more={{ href: "/admin/anfragen?status=ueberfaellig&sort=faellig", label: "Alle überfälligen Anfragen" }}
          items={dashboard.overdueInquiries.items.map((inquiry) => ({
            key: inquiry.reference,
            href: `/admin/anfragen/${inquiry.reference}`,
            title: `${inquiry.reference}: ${inquiry.organisationName}`,
            detail: `Antwort war fällig am ${formatDateTime(inquiry.responseDueAt)}`,
            tone: "overdue",
          }))}
        />
        <DashboardPanel
          id="neu-titel"
          title="Neue Anfragen"
          count={dashboard.newInquiries.count}
          empty="Keine neuen Anfragen."
          more={{ href: "/admin/anfragen?status=NEW", label: "Alle neuen Anfragen" }}
          items={dashboard.newInquiries.items.map((inquiry) => ({
            key: inquiry.reference,
            href: `/admin/anfragen/${inquiry.reference}`,
            title: `${inquiry.reference}: ${inquiry.organisationName}`,
            detail: `${inquiry.contactName}, eingegangen am ${formatDateTime(inquiry.receivedAt)}`,
          }))}
        />
        <DashboardPanel
          id="angebote-titel"
          title="Offerten bei der Kundschaft"
          count={dashboard.waitingProposals.length}
          empty="Keine Offerte wartet auf eine Antwort."
          more={{ href: "/admin/anfragen?status=PROPOSAL_SENT", label: "Alle Anfragen mit versandter Offerte" }}
          items={dashboard.waitingProposals.map((proposal) => ({
            key: `${proposal.inquiry.reference}-${proposal.version}`,
            href: `/admin/anfragen/${proposal.inquiry.reference}`,
            title: `${proposal.inquiry.reference}: ${proposal.inquiry.organisationName}`,
            detail: `Version ${proposal.version}${proposal.sentAt ? `, versandt am ${formatDate(proposal.sentAt)}` : ""}, gültig bis ${formatDate(proposal.validUntil)}`,
          }))}
        />
        <DashboardPanel
          id="offen-titel"
          title="Offene Rechnungen nach Kundschaft"
          count={openByClient.length}
          empty="Alle ausgestellten Rechnungen sind bezahlt oder gutgeschrieben."
          more={{ href: "/admin/rechnungen/ueberfaellig", label: "Überfällige Rechnungen und Mahnungen" }}
          items={openByClient.slice(0, 8).map((client) => ({
            key: client.buyerName,
            href: `/admin/rechnungen?kunde=${encodeURIComponent(client.buyerName)}`,
            title: `${client.buyerName}: ${formatChf(client.openCents)} offen`,
            detail:
              client.overdueCents > 0
                ? `davon ${formatChf(client.overdueCents)} überfällig · ${pluralText(client.invoiceCount, "Rechnung", "Rechnungen")}`
                : pluralText(client.invoiceCount, "Rechnung", "Rechnungen"),
            tone: client.overdueCents > 0 ? "overdue" : undefined,
          }))}
        />
        <DashboardPanel
          id="gespraeche-titel"
          title="Erstgespräche heute"
          count={dashboard.callsToday.length}
          empty="Heute sind keine Erstgespräche gebucht."
          more={{ href: "/admin/erstgespraeche", label: "Alle Erstgespräche" }}
          items={dashboard.callsToday.map((call) => ({
            key: call.id,
            href: "/admin/erstgespraeche",
            title: `${formatTime(call.startsAt)}–${formatTime(call.endsAt)}: ${call.name}`,
            detail: [call.organisation, call.phone, call.topic].filter(Boolean).join(" · "),
          }))}
        />
        <DashboardPanel
          id="termine-titel"
          title="Nächste Kurstermine"
          empty="In den nächsten 60 Tagen sind keine Termine geplant."
          more={{ href: "/admin/termine", label: "Alle Termine" }}
          items={dashboard.sessions.map((session) => ({
            key: session.id,
            href: `/admin/termine/${session.id}`,
            title: `${formatDate(session.startsAt)}: ${session.title || session.course.title}`,
            detail: `${session.location} · ${session.seatsTaken} von ${session.capacity} Plätzen belegt · Warteliste: ${session._count.bookings}`,
          }))}
        />
        <DashboardPanel
          id="inhouse-titel"
          title="Nächste Inhouse-Kurstage"
          empty="Es sind keine Inhouse-Kurstage geplant."
          items={dashboard.inHouseDays.map((day) => ({
            key: day.id,
            href: day.inquiry ? `/admin/anfragen/${day.inquiry.reference}/teilnehmende` : `/admin/termine/${day.id}`,
            title: `${formatDate(day.startsAt)}: ${day.title || day.course.title}`,
            detail: `${day.inquiry ? `${day.inquiry.reference}, ${day.inquiry.organisationName} · ` : ""}${day.seatsTaken} von ${day.capacity} angemeldet · Warteliste: ${day._count.bookings + (day.inquiry?._count.registrations ?? 0)}`,
          }))}
        />
        <DashboardPanel
          id="mails-titel"
          title="Fehlgeschlagene E-Mails"
          count={dashboard.failedMails.count}
          empty="Alle E-Mails sind zugestellt oder unterwegs."
          more={{ href: "/admin/e-mails?status=FAILED", label: "Zum E-Mail-Protokoll" }}
          items={dashboard.failedMails.items.map((mail) => ({
            key: mail.id,
            href: `/admin/e-mails?status=FAILED#mail-${mail.id}`,
            title: `${mail.subject ?? mailTemplateLabel(mail.template)} an ${mail.recipient}`,
            detail: mail.lastError ?? "Unbekannter Fehler",
            tone: "error",
          }))}
        />
      </div>
    </>
  );
}
