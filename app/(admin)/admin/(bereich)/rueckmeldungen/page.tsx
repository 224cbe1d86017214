import type { Metadata } from "next";
import Link from "next/link";

import { RatingTrendChart } from "@/components/after-course/rating-charts";
import { requireAdmin } from "@/lib/auth/guards";
import { listFeedbackRunsForAdmin } from "@/lib/feedback/admin-queries";
import { averageText } from "@/lib/feedback/rules";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Rückmeldungen" };

export default async function AdminFeedbackPage() {
  await requireAdmin();
  const runs = await listFeedbackRunsForAdmin();
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-dark">Rückmeldungen der Teilnehmenden</h1>
      {runs.length === 0 ? (
        <p>Noch keine durchgeführten Kurse mit Rückmeldungen.</p>
      ) : (
        <>
          <section aria-labelledby="verlauf-titel" className="rounded-lg bg-white p-6">
            <h2 id="verlauf-titel" className="mb-4 text-2xl font-bold text-brand-dark">
              Verlauf über die Kurse
            </h2>
            <RatingTrendChart
              points={runs.map((run) => ({ label: run.title, average: run.overall.average, count: run.overall.count }))}
            />
          </section>
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">Durchgeführte Kurse mit Anzahl Rückmeldungen und Durchschnitt</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2">
                  Nr.
                </th>
                <th scope="col" className="p-2">
                  Kurs
                </th>
                <th scope="col" className="p-2">
                  Letzter Kurstag
                </th>
                <th scope="col" className="p-2">
                  Rückmeldungen
                </th>
                <th scope="col" className="p-2">
                  Durchschnitt
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run, index) => (
                <tr key={run.id} className="border-b border-line">
                  <td className="p-2">{`Kurs ${index + 1}`}</td>
                  <td className="p-2">
                    <Link href={`/admin/rueckmeldungen/${run.id}`} className="font-semibold text-brand underline">
                      {run.title}
                    </Link>
                  </td>
                  <td className="p-2">{formatDate(run.lastDayEndsAt)}</td>
                  <td className="p-2">{`${run.answers} von ${run.invited}`}</td>
                  <td className="p-2">{averageText(run.overall.average)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
