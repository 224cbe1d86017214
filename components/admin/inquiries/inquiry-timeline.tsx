import { formatDateTime } from "@/lib/format";
import type { TimelineEntry } from "@/lib/inquiries/admin-timeline";
import { inquiryEventLabels, timelineEventText } from "@/lib/inquiries/admin-timeline";
import { inquiryStatusLabels } from "@/lib/inquiries/rules";
import { outboxStatusLabels } from "@/lib/mail/admin-labels";

type MailState = { status: keyof typeof outboxStatusLabels; attempts: number; lastError: string | null };

function Delivery({ mail }: { mail: MailState }) {
  return (
    <span className={mail.status === "FAILED" ? "font-semibold text-danger" : "text-muted"}>
      {`Versand: ${outboxStatusLabels[mail.status]}`}
      {mail.attempts > 1 ? ` (${mail.attempts} Versuche)` : ""}
      {mail.status !== "SENT" && mail.lastError ? ` – ${mail.lastError}` : ""}
    </span>
  );
}

function subjectOf(data: unknown): string | undefined {
  const subject = (data as { subject?: unknown } | null)?.subject;
  return typeof subject === "string" ? subject : undefined;
}

/** The complete history of an inquiry: who did what when, with every e-mail's delivery status. */
export function InquiryTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p>Noch keine Einträge.</p>;
  return (
    <ol className="space-y-4 border-l-2 border-line pl-5">
      {entries.map((entry) => {
        if (entry.kind === "mail") {
          const { mail } = entry;
          return (
            <li key={`mail-${mail.id}`} className="rounded-md bg-white p-3">
              <p className="text-sm text-muted">{`${formatDateTime(entry.at)} · System`}</p>
              <p className="font-semibold">{`E-Mail an ${mail.recipient}${mail.subject ? `: ${mail.subject}` : ""}`}</p>
              <p className="text-sm">
                <Delivery mail={mail} />
              </p>
            </li>
          );
        }
        const { event } = entry;
        const who = event.actor ? (event.actor.name ?? event.actor.email) : "System oder anfragende Person";
        const subject = subjectOf(event.data);
        const text = timelineEventText(event);
        return (
          <li key={event.id} className="rounded-md bg-white p-3">
            <p className="text-sm text-muted">{`${formatDateTime(entry.at)} · ${who}`}</p>
            <p className="font-semibold">
              {event.type === "STATUS_CHANGED" && event.toStatus
                ? `Status: ${event.fromStatus ? `${inquiryStatusLabels[event.fromStatus]} → ` : ""}${inquiryStatusLabels[event.toStatus]}`
                : inquiryEventLabels[event.type]}
              {subject ? `: ${subject}` : ""}
            </p>
            {text ? <p className="mt-1 whitespace-pre-line">{text}</p> : null}
            {event.outboxMessage ? (
              <p className="mt-1 text-sm">
                <Delivery mail={event.outboxMessage} />
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
