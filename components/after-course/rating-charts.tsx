// Feedback figures as SVG drawn on the server (decision 0027): each chart is one image with a
// title and a description that states its figures, the figures are printed beside the bars, and a
// table under it gives the same numbers to whoever prefers (or needs) a table.
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { averageText, RATING_SCALE, ratingLabels, type RatingSummary } from "@/lib/feedback/rules";

const BAR_COLOR = "#1f5566";
const TEXT_COLOR = "#1c2a33";
const LINE_COLOR = "#8a969d";

function distributionText(summary: RatingSummary): string {
  return RATING_SCALE.map((rating) => `${rating}: ${summary.distribution[rating - 1]}`).join(", ");
}

/** Horizontal bars: how many answers gave 1 to 5, with the count beside each bar. */
export function RatingDistributionChart({ id, title, summary }: { id: string; title: string; summary: RatingSummary }) {
  const max = Math.max(1, ...summary.distribution);
  const rowHeight = 28;
  const labelWidth = 28;
  const barWidth = 220;
  const height = RATING_SCALE.length * rowHeight + 8;
  const description = `${summary.count} Antworten, Durchschnitt ${averageText(summary.average)} von 5. Anzahl je Bewertung: ${distributionText(summary)}.`;
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-titel`}>
      <figcaption id={`${id}-titel`} className="font-semibold">
        {title}
        <span className="ml-2 font-normal text-muted">{`Durchschnitt ${averageText(summary.average)} von 5 (${summary.count} Antworten)`}</span>
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-svg-titel ${id}-svg-text`}
        viewBox={`0 0 ${labelWidth + barWidth + 48} ${height}`}
        className="w-full max-w-md"
        data-chart="distribution"
      >
        <title id={`${id}-svg-titel`}>{`Verteilung: ${title}`}</title>
        <desc id={`${id}-svg-text`}>{description}</desc>
        {RATING_SCALE.map((rating, index) => {
          const count = summary.distribution[rating - 1]!;
          const y = index * rowHeight + 4;
          const width = Math.round((count / max) * barWidth);
          return (
            <g key={rating} data-rating={rating} data-count={count}>
              <text x={0} y={y + 18} fontSize="14" fill={TEXT_COLOR}>
                {rating}
              </text>
              <line x1={labelWidth - 4} x2={labelWidth - 4} y1={y} y2={y + rowHeight - 4} stroke={LINE_COLOR} />
              <rect x={labelWidth} y={y + 4} width={width} height={rowHeight - 12} fill={BAR_COLOR} />
              <text x={labelWidth + width + 6} y={y + 18} fontSize="14" fill={TEXT_COLOR}>
                {count}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary className="cursor-pointer text-brand underline">Als Tabelle</summary>
        <Table
          caption={`Anzahl Antworten je Bewertung: ${title}`}
          columns={["Bewertung", "Anzahl"]}
          className="mt-2 text-sm"
        >
          {RATING_SCALE.map((rating) => (
            <TableRow key={rating}>
              <TableCell rowHeader className="font-normal">{`${rating} – ${ratingLabels[rating]}`}</TableCell>
              <TableCell>{summary.distribution[rating - 1]}</TableCell>
            </TableRow>
          ))}
        </Table>
      </details>
    </figure>
  );
}

/** Columns: the average overall rating of each course, oldest first, with the figure on each column. */
export function RatingTrendChart({ points }: { points: { label: string; average: number | null; count: number }[] }) {
  const columnWidth = 64;
  const chartHeight = 150;
  const top = 24;
  const width = Math.max(1, points.length) * columnWidth + 32;
  const description = points
    .map((point) => `${point.label}: ${averageText(point.average)} (${point.count} Antworten)`)
    .join("; ");
  return (
    <figure className="space-y-2" aria-labelledby="trend-titel">
      <figcaption id="trend-titel" className="font-semibold">
        Gesamtbewertung über die Kurse (Durchschnitt von 5)
      </figcaption>
      <div className="overflow-x-auto">
        <svg
          role="img"
          aria-labelledby="trend-svg-titel trend-svg-text"
          viewBox={`0 0 ${width} ${chartHeight + top + 28}`}
          style={{ width: `${width}px`, maxWidth: "none" }}
          data-chart="trend"
        >
          <title id="trend-svg-titel">Gesamtbewertung je Kurs</title>
          <desc id="trend-svg-text">{description || "Noch keine Rückmeldungen."}</desc>
          <line x1={24} x2={width} y1={top + chartHeight} y2={top + chartHeight} stroke={LINE_COLOR} />
          {points.map((point, index) => {
            const value = point.average ?? 0;
            const barHeight = Math.round((value / 5) * chartHeight);
            const x = 32 + index * columnWidth;
            return (
              <g key={`${point.label}-${index}`} data-average={averageText(point.average)}>
                <rect
                  x={x}
                  y={top + chartHeight - barHeight}
                  width={columnWidth - 20}
                  height={barHeight}
                  fill={BAR_COLOR}
                />
                <text x={x} y={top + chartHeight - barHeight - 6} fontSize="14" fill={TEXT_COLOR}>
                  {averageText(point.average)}
                </text>
                <text x={x} y={top + chartHeight + 18} fontSize="12" fill={TEXT_COLOR}>
                  {`Kurs ${index + 1}`}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
