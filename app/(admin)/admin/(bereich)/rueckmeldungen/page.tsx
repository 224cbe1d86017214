import type { Metadata } from "next";
import Link from "next/link";

import { RatingTrendChart } from "@/components/after-course/rating-charts";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
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
      <Heading>Rückmeldungen der Teilnehmenden</Heading>
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
          <Table
            caption="Durchgeführte Kurse mit Anzahl Rückmeldungen und Durchschnitt"
            columns={["Nr.", "Kurs", "Letzter Kurstag", "Rückmeldungen", "Durchschnitt"]}
          >
            {runs.map((run, index) => (
              <TableRow key={run.id}>
                <TableCell>{`Kurs ${index + 1}`}</TableCell>
                <TableCell>
                  <Link href={`/admin/rueckmeldungen/${run.id}`} className="font-semibold text-brand underline">
                    {run.title}
                  </Link>
                </TableCell>
                <TableCell>{formatDate(run.lastDayEndsAt)}</TableCell>
                <TableCell>{`${run.answers} von ${run.invited}`}</TableCell>
                <TableCell>{averageText(run.overall.average)}</TableCell>
              </TableRow>
            ))}
          </Table>
        </>
      )}
    </div>
  );
}
