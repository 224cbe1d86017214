import type { Metadata } from "next";
import Link from "next/link";

import { DashboardPanel } from "@/components/admin/dashboard-panel";
import { requireAdmin } from "@/lib/auth/guards";
import { getDashboard, getMissingSiteFacts } from "@/lib/dashboard/admin-queries";
import { formatDate, formatDateTime, formatTime } from "@/lib/format";

export const metadata: Metadata = { title: "Übersicht" };

const linkClass = "font-semibold text-brand underline";

export default async function AdminDashboardPage() {
  const viewer = await requireAdmin();
  const now = new Date();
  const [dashboard, missingFacts] = await Promise.all([getDashboard(now), getMissingSiteFacts()]);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{`Guten Tag ${viewer.name ?? viewer.email}`}</h1>
      <p className="mt-2 text-lg">Was heute Ihre Aufmerksamkeit braucht.</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {missingFacts.length > 0 ? (
          <DashboardPanel
            id="fehlt-titel"
            title="Was der Website noch fehlt"
            count={missingFacts.length}
            empty=""
            items={missingFacts.map((fact) =>
              fact.href ? (
                <Link key={fact.text} href={fact.href} className={linkClass}>
                  {fact.text}
                </Link>
              ) : (
                fact.text
              ),
            )}
          />
        ) : null}
        <DashboardPanel
          id="ueberfaellig-titel"
          title="Überfällige Anfragen"
          count={dashboard.overdueInquiries.count}
          empty="Keine Anfrage wartet über die Antwortfrist hinaus."
          more={{ href: "/admin/anfragen?status=ueberfaellig&sort=faellig", label: "Alle überfälligen Anfragen" }}
          items={dashboard.overdueInquiries.items.map((inquiry) => (
            <>
              <Link href={`/admin/anfragen/${inquiry.reference}`} className={linkClass}>
                {`${inquiry.reference}: ${inquiry.organisationName}`}
              </Link>
              <span className="block text-sm font-semibold text-danger">{`Antwort war fällig am ${formatDateTime(inquiry.responseDueAt)}`}</span>
            </>
          ))}
        />
        <DashboardPanel
          id="neu-titel"
          title="Neue Anfragen"
          count={dashboard.newInquiries.count}
          empty="Keine neuen Anfragen."
          more={{ href: "/admin/anfragen?status=NEW", label: "Alle neuen Anfragen" }}
          items={dashboard.newInquiries.items.map((inquiry) => (
            <>
              <Link href={`/admin/anfragen/${inquiry.reference}`} className={linkClass}>
                {`${inquiry.reference}: ${inquiry.organisationName}`}
              </Link>
              <span className="block text-sm text-muted">{`${inquiry.contactName}, eingegangen am ${formatDateTime(inquiry.receivedAt)}`}</span>
            </>
          ))}
        />
        <DashboardPanel
          id="angebote-titel"
          title="Offerten bei der Kundschaft"
          count={dashboard.waitingProposals.length}
          empty="Keine Offerte wartet auf eine Antwort."
          more={{ href: "/admin/anfragen?status=PROPOSAL_SENT", label: "Alle Anfragen mit versandter Offerte" }}
          items={dashboard.waitingProposals.map((proposal) => (
            <>
              <Link href={`/admin/anfragen/${proposal.inquiry.reference}`} className={linkClass}>
                {`${proposal.inquiry.reference}: ${proposal.inquiry.organisationName}`}
              </Link>
              <span className="block text-sm text-muted">
                {`Version ${proposal.version}${proposal.sentAt ? `, versandt am ${formatDate(proposal.sentAt)}` : ""}, gültig bis ${formatDate(proposal.validUntil)}`}
              </span>
            </>
          ))}
        />
        <DashboardPanel
          id="gespraeche-titel"
          title="Erstgespräche heute"
          count={dashboard.callsToday.length}
          empty="Heute sind keine Erstgespräche gebucht."
          more={{ href: "/admin/erstgespraeche", label: "Alle Erstgespräche" }}
          items={dashboard.callsToday.map((call) => (
            <>
              <Link href="/admin/erstgespraeche" className={linkClass}>
                {`${formatTime(call.startsAt)}–${formatTime(call.endsAt)}: ${call.name}`}
              </Link>
              <span className="block text-sm text-muted">
                {[call.organisation, call.phone, call.topic].filter(Boolean).join(" · ")}
              </span>
            </>
          ))}
        />
        <DashboardPanel
          id="termine-titel"
          title="Nächste Kurstermine"
          empty="In den nächsten 60 Tagen sind keine Termine geplant."
          more={{ href: "/admin/termine", label: "Alle Termine" }}
          items={dashboard.sessions.map((session) => (
            <>
              <Link href={`/admin/termine/${session.id}`} className={linkClass}>
                {`${formatDate(session.startsAt)}: ${session.title || session.course.title}`}
              </Link>
              <span className="block text-sm text-muted">
                {`${session.location} · ${session.seatsTaken} von ${session.capacity} Plätzen belegt · Warteliste: ${session._count.bookings}`}
              </span>
            </>
          ))}
        />
        <DashboardPanel
          id="inhouse-titel"
          title="Nächste Inhouse-Kurstage"
          empty="Es sind keine Inhouse-Kurstage geplant."
          items={dashboard.inHouseDays.map((day) => (
            <>
              <Link href={`/admin/termine/${day.id}`} className={linkClass}>
                {`${formatDate(day.startsAt)}: ${day.title || day.course.title}`}
              </Link>
              <span className="block text-sm text-muted">
                {`${day.inquiry ? `${day.inquiry.reference}, ${day.inquiry.organisationName} · ` : ""}${day.seatsTaken} von ${day.capacity} angemeldet · Warteliste: ${day._count.bookings}`}
              </span>
            </>
          ))}
        />
        <DashboardPanel
          id="mails-titel"
          title="Fehlgeschlagene E-Mails"
          count={dashboard.failedMails.count}
          empty="Alle E-Mails sind zugestellt oder unterwegs."
          more={{ href: "/admin/e-mails?status=FAILED", label: "Zum E-Mail-Protokoll" }}
          items={dashboard.failedMails.items.map((mail) => (
            <>
              <Link href={`/admin/e-mails?status=FAILED#mail-${mail.id}`} className={linkClass}>
                {`${mail.subject ?? mail.template} an ${mail.recipient}`}
              </Link>
              <span className="block text-sm text-danger">{mail.lastError ?? "Unbekannter Fehler"}</span>
            </>
          ))}
        />
      </div>
    </>
  );
}
