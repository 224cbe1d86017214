import type { Metadata } from "next";
import Link from "next/link";

import { Heading } from "@/components/ui/heading";
import { LinkButton } from "@/components/ui/link-button";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/guards";
import { formatChf, formatDate } from "@/lib/format";
import { listInvoicesForAdmin } from "@/lib/invoicing/admin-queries";
import { paymentStateLabels } from "@/lib/invoicing/rules";

export const metadata: Metadata = { title: "Rechnungen" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function InvoicesPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin();
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const inquiryId = first(params.anfrage);
  const buyerName = first(params.kunde);
  const invoices = await listInvoicesForAdmin({ inquiryId, buyerName });
  const open = invoices.reduce((sum, invoice) => sum + invoice.balance.openCents, 0);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <Heading>
          {inquiryId && invoices[0]?.inquiry
            ? `Rechnungen zu ${invoices[0].inquiry.reference}`
            : buyerName
              ? `Rechnungen an ${buyerName}`
              : "Rechnungen"}
        </Heading>
        <div className="flex flex-wrap gap-3">
          <LinkButton href="/admin/rechnungen/bankdatei" variant="secondary">
            Bankdatei einlesen
          </LinkButton>
          <Link
            href="/admin/rechnungen/neu"
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
          >
            Neue Rechnung
          </Link>
        </div>
      </div>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/admin/rechnungen/ueberfaellig" className="text-brand underline">
          Überfällige Rechnungen und Mahnungen
        </Link>
        <Link href="/admin/rechnungen/export" className="text-brand underline">
          Export für die Buchhaltung (CSV)
        </Link>
      </p>
      <p role="status">{`${invoices.length === 1 ? "1 Beleg" : `${invoices.length} Belege`}, offen ${formatChf(open)}`}</p>
      {invoices.length === 0 ? (
        <p>Noch keine Rechnungen.</p>
      ) : (
        <Table
          caption="Rechnungen und Gutschriften mit Zahlungsstand"
          columns={["Nummer", "Kundin", "Titel", "Datum", "Fällig", "Betrag", "Stand"]}
        >
          {invoices.map((invoice) => (
            <TableRow key={invoice.id}>
              <TableCell>
                <Link href={`/admin/rechnungen/${invoice.id}`} className="font-semibold text-brand underline">
                  {invoice.number ?? "Entwurf"}
                </Link>
                {invoice.kind === "CREDIT_NOTE" ? <span className="block text-sm text-muted">Gutschrift</span> : null}
              </TableCell>
              <TableCell>
                {invoice.buyerName}
                {invoice.inquiry ? <span className="block text-sm text-muted">{invoice.inquiry.reference}</span> : null}
              </TableCell>
              <TableCell>{invoice.title}</TableCell>
              <TableCell>{invoice.issueDate ? formatDate(invoice.issueDate) : "–"}</TableCell>
              <TableCell>{invoice.dueDate ? formatDate(invoice.dueDate) : "–"}</TableCell>
              <TableCell className="text-right whitespace-nowrap">{formatChf(invoice.payableCents)}</TableCell>
              <TableCell>
                {paymentStateLabels[invoice.balance.state]}
                {invoice.balance.state === "PARTLY_PAID" ? (
                  <span className="block text-sm">{`offen ${formatChf(invoice.balance.openCents)}`}</span>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </Table>
      )}
    </div>
  );
}
