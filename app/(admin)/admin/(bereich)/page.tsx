import type { Metadata } from "next";
import Link from "next/link";

import { requireAdmin } from "@/lib/auth/guards";
import { listUpcomingCalls } from "@/lib/consultation/admin-queries";
import { getDb } from "@/lib/db";
import { formatLongDate, formatTime } from "@/lib/format";

export const metadata: Metadata = { title: "Übersicht" };

export default async function AdminDashboardPage() {
  const viewer = await requireAdmin();
  const db = getDb();
  const [newInquiries, failedMails, upcomingCalls] = await Promise.all([
    db.inquiry.count({ where: { status: "NEW" } }),
    db.outboxMessage.count({ where: { status: "FAILED" } }),
    listUpcomingCalls(new Date(), 5),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Grüezi {viewer.name ?? viewer.email}</h1>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        <li className="rounded-lg border border-line bg-white p-5">
          <Link href="/admin/anfragen?status=NEW" className="text-lg font-semibold text-brand underline">
            Neue Anfragen: {newInquiries}
          </Link>
        </li>
        <li className="rounded-lg border border-line bg-white p-5">
          <Link href="/admin/e-mails?status=FAILED" className="text-lg font-semibold text-brand underline">
            Fehlgeschlagene E-Mails: {failedMails}
          </Link>
        </li>
      </ul>
      <section aria-labelledby="erstgespraeche-titel" className="mt-10">
        <h2 id="erstgespraeche-titel" className="text-2xl font-bold text-brand-dark">
          Nächste Erstgespräche
        </h2>
        {upcomingCalls.length === 0 ? (
          <p className="mt-3">Keine Erstgespräche gebucht.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {upcomingCalls.map((call) => (
              <li key={call.id}>
                {`${formatLongDate(call.startsAt)}, ${formatTime(call.startsAt)}: ${call.name}, ${call.organisation}`}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3">
          <Link href="/admin/erstgespraeche" className="font-semibold text-brand underline">
            Alle Erstgespräche
          </Link>
        </p>
      </section>
    </>
  );
}
