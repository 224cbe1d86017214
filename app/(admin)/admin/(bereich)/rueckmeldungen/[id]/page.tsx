import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { RatingDistributionChart } from "@/components/after-course/rating-charts";
import { ActionButton } from "@/components/ui/action-button";
import { Heading } from "@/components/ui/heading";
import { TitledSection } from "@/components/ui/titled-section";
import { requireAdmin } from "@/lib/auth/guards";
import { promoteQuoteAction } from "@/lib/feedback/admin-actions";
import { getRunFeedbackForAdmin } from "@/lib/feedback/admin-queries";
import { quoteFormLabels } from "@/lib/feedback/schemas";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Rückmeldungen zum Kurs" };

export default async function AdminRunFeedbackPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const run = await getRunFeedbackForAdmin(id);
  if (!run) notFound();
  return (
    <div className="space-y-8">
      <div>
        <Link href="/admin/rueckmeldungen" className="text-brand underline">
          Alle Rückmeldungen
        </Link>
        <Heading className="mt-2">{run.title}</Heading>
        <p className="mt-1 text-muted">{`Letzter Kurstag ${formatDate(run.lastDayEndsAt)} · ${run.overall.count} von ${run.invited} Teilnehmenden haben geantwortet`}</p>
      </div>
      <TitledSection id="bewertungen-titel" title="Bewertungen" className="space-y-6 rounded-lg bg-white p-6">
        <p className="text-muted">1 = trifft nicht zu, 5 = trifft voll zu</p>
        <div className="grid gap-8 lg:grid-cols-2">
          <RatingDistributionChart id="gesamt" title="Gesamteindruck" summary={run.overall} />
          {run.goals.map((goal, index) => (
            <RatingDistributionChart
              key={goal.title}
              id={`ziel-${index + 1}`}
              title={goal.title}
              summary={goal.summary}
            />
          ))}
        </div>
      </TitledSection>
      <TitledSection id="kommentare-titel" title="Kommentare" className="rounded-lg bg-white p-6">
        {run.comments.length === 0 ? (
          <p className="mt-2">Keine Kommentare.</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {run.comments.map((comment) => (
              <li key={comment.id} className="border-l-4 border-brand-soft pl-4">
                <p className="font-semibold">{comment.author}</p>
                {comment.helpedMost ? <p>{`Am meisten geholfen: ${comment.helpedMost}`}</p> : null}
                {comment.toChange ? <p>{`Ändern würde ich: ${comment.toChange}`}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </TitledSection>
      <TitledSection id="zitate-titel" title="Zitate mit Zustimmung" className="rounded-lg bg-white p-6">
        {run.quotes.length === 0 ? (
          <p className="mt-2">Keine Zitate zur Veröffentlichung freigegeben.</p>
        ) : (
          <ul className="mt-4 space-y-6">
            {run.quotes.map((quote) => (
              <li key={quote.id} className="space-y-2">
                <blockquote className="border-l-4 border-brand pl-4 text-lg">{`«${quote.quote}»`}</blockquote>
                <p className="text-sm text-muted">
                  {`Zustimmung von ${quote.consentName} (${quote.consentOffice}) am ${formatDateTime(quote.consentAt)}, veröffentlichen ${quoteFormLabels[quote.form]}`}
                </p>
                {quote.promoted ? (
                  <p className="font-semibold text-success">Auf der Website veröffentlicht.</p>
                ) : (
                  <ActionButton
                    layout="block"
                    pendingLabel="Wird veröffentlicht …"
                    action={promoteQuoteAction.bind(null, { responseId: quote.id })}
                  >
                    Als Kundenstimme veröffentlichen
                  </ActionButton>
                )}
              </li>
            ))}
          </ul>
        )}
      </TitledSection>
    </div>
  );
}
