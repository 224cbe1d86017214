import type { Metadata } from "next";
import Link from "next/link";

import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Übersicht" };

export default async function AdminDashboardPage() {
  const viewer = await requireAdmin();
  const db = getDb();
  const [newInquiries, failedMails] = await Promise.all([
    db.inquiry.count({ where: { status: "NEW" } }),
    db.outboxMessage.count({ where: { status: "FAILED" } }),
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
    </>
  );
}
