import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { readBusinessProfile } from "@/lib/business-profile/queries";
import { missingForInvoicing } from "@/lib/business-profile/rules";
import { missingProfileParts } from "@/lib/business-profile/schemas";
import { addDays, fromZurichWallTime, zurichDate } from "@/lib/calendar/zurich-time";
import { getDb } from "@/lib/db";
import { countDemoSessions } from "@/lib/demo/queries";
import { getEnv } from "@/lib/env";
import { pluralText } from "@/lib/format";
import { inquiryRowSelect, overdueInquiryWhere } from "@/lib/inquiries/rules";
import { balanceOf, balanceSelect, isOverdue, openByClient, reminderCandidate } from "@/lib/invoicing/rules";

const LIST_LENGTH = 8;
const SESSION_HORIZON_DAYS = 60;

/** A session as a dashboard row: when, where, and its seats and waiting list. */
const sessionRowSelect = {
  id: true,
  title: true,
  startsAt: true,
  location: true,
  capacity: true,
  seatsTaken: true,
  course: { select: { title: true } },
  _count: { select: { bookings: { where: { status: "WAITLISTED" as const } } } },
} as const;

/**
 * What needs the consultant now: new and overdue inquiries, proposals waiting for the client,
 * the coming sessions with their seats and waiting lists, the next in-house course days, today's calls and failed e-mails.
 * A fixed set of queries, run in parallel.
 */
export async function getDashboard(now = new Date()) {
  await requireAdmin();
  const db = getDb();
  const today = zurichDate(now);
  const dayStart = fromZurichWallTime(today);
  const dayEnd = fromZurichWallTime(addDays(today, 1));
  const overdueWhere = overdueInquiryWhere(now);
  const [
    newCount,
    newInquiries,
    overdueCount,
    overdueInquiries,
    waitingProposals,
    sessions,
    inHouseDays,
    callsToday,
    failedCount,
    failedMails,
  ] = await Promise.all([
    db.inquiry.count({ where: { status: "NEW" } }),
    db.inquiry.findMany({
      where: { status: "NEW" },
      orderBy: { receivedAt: "desc" },
      take: LIST_LENGTH,
      select: inquiryRowSelect,
    }),
    db.inquiry.count({ where: overdueWhere }),
    db.inquiry.findMany({
      where: overdueWhere,
      orderBy: { responseDueAt: "asc" },
      take: LIST_LENGTH,
      select: inquiryRowSelect,
    }),
    db.proposal.findMany({
      where: { status: "SENT" },
      orderBy: { sentAt: "asc" },
      take: LIST_LENGTH,
      select: {
        id: true,
        version: true,
        sentAt: true,
        validUntil: true,
        inquiry: { select: { reference: true, organisationName: true } },
      },
    }),
    db.courseSession.findMany({
      where: {
        status: "SCHEDULED",
        startsAt: { gte: now, lt: new Date(now.getTime() + SESSION_HORIZON_DAYS * 24 * 60 * 60_000) },
      },
      orderBy: { startsAt: "asc" },
      take: LIST_LENGTH,
      select: sessionRowSelect,
    }),
    // The next days of in-house courses (sessions created from a proposal), with registrations:
    // seats taken of the day's capacity, and the engagement's waiting list (team registrations
    // wait for all days at once, decision 0031) besides any waiting booking of the day.
    db.courseSession.findMany({
      where: { status: "SCHEDULED", inquiryId: { not: null }, startsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      take: LIST_LENGTH,
      select: {
        ...sessionRowSelect,
        inquiry: {
          select: {
            reference: true,
            organisationName: true,
            _count: { select: { registrations: { where: { status: "WAITLISTED" as const } } } },
          },
        },
      },
    }),
    db.appointment.findMany({
      where: { status: "BOOKED", startsAt: { gte: dayStart, lt: dayEnd } },
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true, endsAt: true, name: true, organisation: true, phone: true, topic: true },
    }),
    db.outboxMessage.count({ where: { status: "FAILED" } }),
    db.outboxMessage.findMany({
      where: { status: "FAILED" },
      orderBy: { updatedAt: "desc" },
      take: 5,
      select: { id: true, recipient: true, subject: true, template: true, lastError: true, updatedAt: true },
    }),
  ]);
  return {
    newInquiries: { count: newCount, items: newInquiries },
    overdueInquiries: { count: overdueCount, items: overdueInquiries },
    waitingProposals,
    sessions,
    inHouseDays,
    callsToday,
    failedMails: { count: failedCount, items: failedMails },
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/**
 * What each client organisation still owes (issued less paid less credited), with the part that
 * is overdue; clients with overdue money first (decision 0030).
 */
export async function getOpenAmountsByClient(now = new Date()) {
  await requireAdmin();
  const today = zurichDate(now);
  const invoices = await getDb().invoice.findMany({
    where: { kind: "INVOICE", status: "ISSUED" },
    select: { ...balanceSelect, id: true, buyerName: true, dueDate: true },
  });
  return openByClient(
    invoices.map(({ payments, creditNotes, ...invoice }) => {
      const balance = balanceOf({ ...invoice, payments, credits: creditNotes });
      return {
        id: invoice.id,
        buyerName: invoice.buyerName,
        openCents: balance.openCents,
        overdue: isOverdue(reminderCandidate(invoice, balance, []), today),
      };
    }),
  );
}

export type MissingFact = { text: string; href?: string };

/**
 * What the public site still lacks or shows that is not real: business details the imprint needs,
 * the hosting location the privacy statement names, demo dates (decision 0021).
 */
export async function getMissingSiteFacts(): Promise<MissingFact[]> {
  await requireAdmin();
  const db = getDb();
  const [profile, demoSessions] = await Promise.all([readBusinessProfile(db), countDemoSessions(db)]);
  const facts: MissingFact[] = missingProfileParts(profile).map((part) => ({
    text: `Geschäftsangaben: ${part} fehlt`,
    href: "/admin/einstellungen",
  }));
  const forInvoicing = missingForInvoicing(profile).filter((part) => !facts.some((fact) => fact.text.includes(part)));
  if (forInvoicing.length > 0) {
    facts.push({
      text: `Für Angebote und Rechnungen fehlt in den Einstellungen: ${forInvoicing.join(", ")}`,
      href: "/admin/einstellungen",
    });
  }
  if (profile.isDemo) {
    facts.push({ text: "Die Geschäftsangaben sind Beispielangaben aus den Demodaten", href: "/admin/einstellungen" });
  }
  if (!getEnv().HOSTING_LOCATION) {
    facts.push({ text: "Hosting-Standort für die Datenschutzerklärung fehlt (Einstellung HOSTING_LOCATION)" });
  }
  if (demoSessions > 0) {
    facts.push({
      text: `${pluralText(demoSessions, "Demotermin steht", "Demotermine stehen")} auf der Website`,
      href: "/admin/termine",
    });
  }
  return facts;
}
