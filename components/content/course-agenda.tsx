import Link from "next/link";

import { buildTypicalAgenda, type AgendaModuleInput } from "@/lib/calendar/agenda";
import { clockOf } from "@/lib/calendar/time-of-day";
import { formatDuration } from "@/lib/format";
import { fill } from "@/lib/i18n";
import type { Catalogue } from "@/lib/i18n/messages";

/** The typical course day(s) as tables: a time column and what happens then. */
export function CourseAgenda({
  modules,
  texts,
}: {
  modules: AgendaModuleInput[];
  /** From the page's catalogue. */
  texts: Catalogue["pages"]["content"]["agenda"];
}) {
  const days = buildTypicalAgenda(modules);
  return (
    <div className="space-y-8">
      {days.map(({ day, entries }) => (
        <table key={day} className="w-full border-collapse text-left print:break-inside-avoid">
          <caption className="mb-2 text-left text-lg font-bold text-brand-dark">
            {days.length > 1 ? fill(texts.day, { number: day }) : texts.courseDay}
          </caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="w-36 py-2 pr-4 font-semibold">
                {texts.time}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {texts.content}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.kind}-${entry.startMinute}`} className="border-b border-line align-top">
                <td className="py-2 pr-4 whitespace-nowrap tabular-nums">
                  {clockOf(entry.startMinute)}–{clockOf(entry.endMinute)}
                </td>
                <td className="py-2">
                  {entry.kind === "module" ? (
                    <Link href={`/inhalte/${entry.slug}`} className="underline underline-offset-4 hover:text-brand">
                      {entry.title}
                    </Link>
                  ) : (
                    <span className="text-muted">{entry.title}</span>
                  )}
                  <span className="ml-2 text-sm text-muted">
                    ({formatDuration(entry.endMinute - entry.startMinute)})
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
