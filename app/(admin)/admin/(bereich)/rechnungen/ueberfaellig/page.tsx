import type { Metadata } from "next";
import Link from "next/link";

import { ActionButton } from "@/components/ui/action-button";
import { BackLink } from "@/components/ui/back-link";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/guards";
import { formatChf, formatDate, pluralText } from "@/lib/format";
import { sendInvoiceReminderAction } from "@/lib/invoicing/admin-actions-reminders";
import { listOverdueInvoicesForAdmin } from "@/lib/invoicing/admin-queries-reminders";
import { reminderLevelLabels } from "@/lib/invoicing/rules";

export const metadata: Metadata = { title: "Überfällige Rechnungen" };

const levelLabel = (level: number) => `${level}. ${reminderLevelLabels[level === 2 ? 2 : 1]}`;

export default async function OverdueInvoicesPage() {
  await requireAdmin();
  const invoices = await listOverdueInvoicesForAdmin();
  const open = invoices.reduce((sum, invoice) => sum + invoice.balance.openCents, 0);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/rechnungen">Alle Rechnungen</BackLink>
      <Heading>Überfällige Rechnungen</Heading>
      <p className="max-w-3xl">
        Ausgestellte Rechnungen mit offenem Betrag, deren Zahlungsfrist abgelaufen ist. Die Zahlungserinnerung und die
        Mahnung gehen jeden Morgen automatisch hinaus, wenn sie fällig sind; Sie können die nächste auch sofort senden.
        Jede Stufe geht nur einmal hinaus, mit der Rechnung als PDF.
      </p>
      <p role="status">
        {invoices.length === 0
          ? "Keine Rechnung ist überfällig."
          : `${pluralText(invoices.length, "Rechnung", "Rechnungen")} überfällig, offen ${formatChf(open)}`}
      </p>
      {invoices.length > 0 ? (
        <Table
          caption="Überfällige Rechnungen mit Mahnstufe"
          columns={["Rechnung", "Kundin", "Fällig am", "Überfällig", "Offen", "Mahnstufe", "Nächste Erinnerung"]}
        >
          {invoices.map((invoice) => (
            <TableRow key={invoice.id}>
              <TableCell>
                <Link href={`/admin/rechnungen/${invoice.id}`} className="font-semibold text-brand underline">
                  {invoice.number}
                </Link>
                <span className="block text-sm text-muted">{invoice.title}</span>
              </TableCell>
              <TableCell>
                {invoice.buyerName}
                {invoice.inquiry ? <span className="block text-sm text-muted">{invoice.inquiry.reference}</span> : null}
              </TableCell>
              <TableCell className="whitespace-nowrap">{invoice.dueDate ? formatDate(invoice.dueDate) : "–"}</TableCell>
              <TableCell className="whitespace-nowrap">{pluralText(invoice.daysOverdue, "Tag", "Tage")}</TableCell>
              <TableCell className="text-right whitespace-nowrap">{formatChf(invoice.balance.openCents)}</TableCell>
              <TableCell>
                {invoice.reminders.length === 0 ? (
                  "Noch keine"
                ) : (
                  <ul>
                    {invoice.reminders.map((reminder) => (
                      <li key={reminder.level}>
                        {`${levelLabel(reminder.level)} am ${formatDate(reminder.sentAt)}${reminder.manual ? " (von Hand)" : ""}`}
                      </li>
                    ))}
                  </ul>
                )}
              </TableCell>
              <TableCell>
                {invoice.nextLevel ? (
                  <>
                    <ActionButton
                      size="sm"
                      action={sendInvoiceReminderAction.bind(null, { invoiceId: invoice.id, level: invoice.nextLevel })}
                      pendingLabel="Wird gesendet …"
                      accessibleName={`${levelLabel(invoice.nextLevel)} jetzt senden: ${invoice.number}`}
                      confirm={{
                        title: `${levelLabel(invoice.nextLevel)} senden`,
                        question: `Die ${levelLabel(invoice.nextLevel)} zu ${invoice.number} geht mit der Rechnung als PDF an ${invoice.buyerEmail}.`,
                        confirmLabel: "Jetzt senden",
                      }}
                    >
                      {`${levelLabel(invoice.nextLevel)} jetzt senden`}
                    </ActionButton>
                    {invoice.nextAutomatic ? (
                      <span className="mt-1 block text-sm text-muted">{`Automatisch am ${formatDate(`${invoice.nextAutomatic}T12:00:00Z`)}`}</span>
                    ) : null}
                  </>
                ) : (
                  "Beide Stufen versandt"
                )}
              </TableCell>
            </TableRow>
          ))}
        </Table>
      ) : null}
    </div>
  );
}
