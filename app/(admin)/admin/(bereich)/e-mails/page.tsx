import type { Metadata } from "next";
import Link from "next/link";

import { Pagination } from "@/components/admin/pagination";
import { ActionButton } from "@/components/ui/action-button";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/guards";
import { formatDateTime, pluralText } from "@/lib/format";
import { OutboxStatus } from "@/lib/generated/prisma/enums";
import { resendMailAction } from "@/lib/mail/admin-actions";
import { mailTemplateLabel, outboxStatusLabels } from "@/lib/mail/admin-labels";
import { listMailsForAdmin } from "@/lib/mail/admin-queries";
import { mailLogFilterSchema, type MailLogFilter } from "@/lib/mail/admin-schemas";

export const metadata: Metadata = { title: "E-Mails" };

function href(status: MailLogFilter["status"], page = 1): string {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (page > 1) params.set("seite", String(page));
  const query = params.toString();
  return query ? `/admin/e-mails?${query}` : "/admin/e-mails";
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminMailLogPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin();
  const raw = await searchParams;
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const filter = mailLogFilterSchema.parse({ status: single(raw.status), page: single(raw.seite) });
  const { rows, total, page, pageCount, byStatus } = await listMailsForAdmin(filter);
  return (
    <>
      <Heading>E-Mail-Protokoll</Heading>
      <nav aria-label="Nach Status filtern" className="mt-6">
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          <li>
            <Link
              href={href(undefined)}
              aria-current={filter.status ? undefined : "page"}
              className="text-brand underline aria-[current=page]:font-bold"
            >
              Alle
            </Link>
          </li>
          {Object.values(OutboxStatus).map((status) => (
            <li key={status}>
              <Link
                href={href(status)}
                aria-current={filter.status === status ? "page" : undefined}
                className="text-brand underline aria-[current=page]:font-bold"
              >
                {`${outboxStatusLabels[status]} (${byStatus[status] ?? 0})`}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-4" role="status">
        {pluralText(total, "E-Mail", "E-Mails")}
        {pageCount > 1 ? `, Seite ${page} von ${pageCount}` : ""}
      </p>
      {rows.length === 0 ? (
        <p className="mt-4">Keine E-Mails.</p>
      ) : (
        <Table
          caption="Ausgehende E-Mails mit Versandstatus"
          columns={["Erstellt", "An", "Betreff", "Status", "Versuche", "Letzter Fehler"]}
          className="mt-4"
        >
          {rows.map((mail) => (
            <TableRow key={mail.id} id={`mail-${mail.id}`}>
              <TableCell>{formatDateTime(mail.createdAt)}</TableCell>
              <TableCell className="break-all">{mail.recipient}</TableCell>
              <TableCell>
                {mail.subject ?? (
                  <span className="text-muted">{`(${mailTemplateLabel(mail.template)}, noch nicht erstellt)`}</span>
                )}
                {mail.inquiry ? (
                  <Link
                    href={`/admin/anfragen/${mail.inquiry.reference}`}
                    className="block text-sm text-brand underline"
                  >
                    {`Anfrage ${mail.inquiry.reference}`}
                  </Link>
                ) : null}
              </TableCell>
              <TableCell className={mail.status === "FAILED" ? "font-semibold text-danger" : ""}>
                {outboxStatusLabels[mail.status]}
                {mail.sentAt ? <span className="block text-sm text-muted">{formatDateTime(mail.sentAt)}</span> : null}
                {mail.status === "RETRYING" ? (
                  <span className="block text-sm text-muted">{`nächster Versuch ${formatDateTime(mail.nextAttemptAt)}`}</span>
                ) : null}
              </TableCell>
              <TableCell>{mail.attempts}</TableCell>
              <TableCell className="text-sm">
                {mail.lastError ?? "–"}
                {mail.status === "FAILED" ? (
                  <span className="mt-1 block">
                    <ActionButton
                      variant="danger-link"
                      action={resendMailAction.bind(null, { id: mail.id })}
                    >{`Erneut senden an ${mail.recipient}`}</ActionButton>
                  </span>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </Table>
      )}
      <Pagination page={page} pageCount={pageCount} href={(target) => href(filter.status, target)} />
    </>
  );
}
