import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CreditNoteForm, InvoiceDraftForm, PaymentForm } from "@/components/invoicing/invoice-forms";
import { ActionButton } from "@/components/ui/action-button";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { TitledSection } from "@/components/ui/titled-section";
import { requireAdmin } from "@/lib/auth/guards";
import { zurichDate } from "@/lib/calendar/zurich-time";
import { formatChf, formatDate } from "@/lib/format";
import {
  createCreditNoteAction,
  issueInvoiceAction,
  recordPaymentAction,
  updateInvoiceDraftAction,
} from "@/lib/invoicing/admin-actions";
import { getInvoiceForAdmin } from "@/lib/invoicing/admin-queries";
import { formatQuantity, invoiceBuyer, paymentStateLabels, reminderLevelLabels } from "@/lib/invoicing/rules";
import { francsInput, formatVatRate } from "@/lib/proposals/pricing";

export const metadata: Metadata = { title: "Rechnung" };

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const invoice = await getInvoiceForAdmin(id);
  if (!invoice) notFound();
  const credit = invoice.kind === "CREDIT_NOTE";
  const heading = `${credit ? "Gutschrift" : "Rechnung"} ${invoice.number ?? "(Entwurf)"}`;
  return (
    <div className="max-w-4xl space-y-8">
      <div className="space-y-2">
        <p>
          <Link href="/admin/rechnungen" className="text-brand underline">
            Alle Rechnungen
          </Link>
          {invoice.inquiry ? (
            <>
              {" · "}
              <Link href={`/admin/anfragen/${invoice.inquiry.reference}`} className="text-brand underline">
                {`Anfrage ${invoice.inquiry.reference}`}
              </Link>
            </>
          ) : null}
        </p>
        <Heading>{heading}</Heading>
        <p className="text-lg">{invoice.title}</p>
        <p role="status" className="font-semibold">
          {paymentStateLabels[invoice.balance.state]}
          {invoice.status === "ISSUED" && !credit ? `, offen ${formatChf(invoice.balance.openCents)}` : ""}
        </p>
        {invoice.creditedInvoice ? (
          <p>
            {"Zu Rechnung "}
            <Link href={`/admin/rechnungen/${invoice.creditedInvoice.id}`} className="text-brand underline">
              {invoice.creditedInvoice.number}
            </Link>
          </p>
        ) : null}
      </div>

      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Kundin</dt>
        <dd>
          {[
            invoice.buyerName,
            invoice.buyerDepartment,
            invoice.buyerContact,
            [invoice.buyerStreet, invoice.buyerHouseNumber].filter(Boolean).join(" "),
            [invoice.buyerPostcode, invoice.buyerCity].filter(Boolean).join(" "),
          ]
            .filter(Boolean)
            .join(", ")}
        </dd>
        <dt className="font-semibold">E-Mail</dt>
        <dd className="break-all">{invoice.buyerEmail}</dd>
        {invoice.purchaseOrderRef ? (
          <>
            <dt className="font-semibold">Bestellnummer</dt>
            <dd>{invoice.purchaseOrderRef}</dd>
          </>
        ) : null}
        {invoice.costCentre ? (
          <>
            <dt className="font-semibold">Kostenstelle</dt>
            <dd>{invoice.costCentre}</dd>
          </>
        ) : null}
        {invoice.issueDate ? (
          <>
            <dt className="font-semibold">Datum</dt>
            <dd>{formatDate(invoice.issueDate)}</dd>
          </>
        ) : null}
        {invoice.dueDate ? (
          <>
            <dt className="font-semibold">Zahlbar bis</dt>
            <dd>{formatDate(invoice.dueDate)}</dd>
          </>
        ) : null}
        {invoice.paymentReference ? (
          <>
            <dt className="font-semibold">Zahlungsreferenz</dt>
            <dd className="break-all">{invoice.paymentReference}</dd>
          </>
        ) : null}
      </dl>

      <Table
        caption="Positionen"
        columns={["Pos.", "Leistung", "Menge", "Preis", "MWST", "Betrag"]}
        footer={
          <>
            <SumRow label="Total netto" cents={invoice.netCents} />
            <SumRow label="MWST" cents={invoice.vatCents} />
            {invoice.roundingCents !== 0 ? <SumRow label="Rundung" cents={invoice.roundingCents} /> : null}
            <TableRow>
              <TableCell rowHeader colSpan={5} className="text-right">
                Total
              </TableCell>
              <TableCell className="text-right font-bold whitespace-nowrap">
                {formatChf(invoice.payableCents)}
              </TableCell>
            </TableRow>
          </>
        }
      >
        {invoice.lines.map((line) => (
          <TableRow key={line.id}>
            <TableCell>{line.position}</TableCell>
            <TableCell>{line.description}</TableCell>
            <TableCell className="whitespace-nowrap">{`${formatQuantity(line.quantityHundredths)} ${line.unit}`}</TableCell>
            <TableCell className="text-right whitespace-nowrap">{formatChf(line.unitPriceCents)}</TableCell>
            <TableCell className="whitespace-nowrap">{formatVatRate(line.vatRateBasisPoints)}</TableCell>
            <TableCell className="text-right whitespace-nowrap">{formatChf(line.netCents)}</TableCell>
          </TableRow>
        ))}
      </Table>

      {invoice.status === "ISSUED" ? (
        <div className="flex flex-wrap gap-3">
          <a
            href={`/api/admin/rechnungen/${invoice.id}/pdf`}
            className="inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-white px-4 py-2 font-semibold text-brand"
          >
            {`PDF herunterladen (${invoice.number})`}
          </a>
          <a
            href={`/api/admin/rechnungen/${invoice.id}/xml`}
            className="inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-white px-4 py-2 font-semibold text-brand"
          >
            E-Rechnung (XML, PEPPOL) herunterladen
          </a>
        </div>
      ) : (
        <div className="space-y-4 rounded-lg bg-sand p-4">
          <p>
            Ausstellen vergibt die Nummer, friert die Rechnung ein und sendet sie mit PDF und QR-Einzahlungsschein an{" "}
            <strong>{invoice.buyerEmail}</strong>.
          </p>
          <ActionButton layout="block" action={issueInvoiceAction.bind(null, { invoiceId: invoice.id })}>
            Rechnung ausstellen und senden
          </ActionButton>
        </div>
      )}

      <HistoryList
        id="zahlungen-titel"
        title="Zahlungen"
        entries={invoice.payments.map((payment) => ({
          key: payment.id,
          text: `${formatDate(payment.paidOn)}: ${formatChf(payment.amountCents)}${payment.note ? ` (${payment.note})` : ""}`,
        }))}
      />

      <HistoryList
        id="erinnerungen-titel"
        title="Zahlungserinnerungen"
        entries={invoice.reminders.map((reminder) => ({
          key: reminder.level,
          text: `${reminder.level}. ${reminderLevelLabels[reminder.level === 2 ? 2 : 1]} am ${formatDate(reminder.sentAt)} über ${formatChf(reminder.openCents)}${reminder.manual ? " (von Hand)" : ""}`,
        }))}
      />

      {invoice.status === "ISSUED" && !credit && invoice.balance.openCents > 0 ? (
        <>
          <PaymentForm
            invoiceId={invoice.id}
            openAmount={francsInput(invoice.balance.openCents)}
            today={zurichDate(new Date())}
            action={recordPaymentAction}
          />
          <CreditNoteForm
            invoiceId={invoice.id}
            lines={invoice.lines.map((line) => ({
              position: line.position,
              label: `${line.position}. ${line.description} (${formatChf(line.netCents)} netto)`,
            }))}
            openCents={invoice.balance.openCents}
            action={createCreditNoteAction}
          />
        </>
      ) : null}

      {invoice.status === "DRAFT" ? (
        <TitledSection id="entwurf-titel" title="Entwurf bearbeiten" className="space-y-4">
          <InvoiceDraftForm
            current={{
              title: invoice.title,
              introText: invoice.introText,
              serviceDates: invoice.serviceDates,
              ...invoiceBuyer(invoice),
              lines: invoice.lines.map((line) => ({
                description: line.description,
                quantity: formatQuantity(line.quantityHundredths),
                unit: line.unit,
                unitPrice: `${line.unitPriceCents < 0 ? "-" : ""}${francsInput(Math.abs(line.unitPriceCents))}`,
              })),
            }}
            action={updateInvoiceDraftAction.bind(null, invoice.id)}
            submitLabel="Entwurf speichern"
          />
        </TitledSection>
      ) : null}
    </div>
  );
}

/** A subtotal line under the invoice's positions. */
function SumRow({ label, cents }: { label: string; cents: number }) {
  return (
    <TableRow>
      <TableCell rowHeader colSpan={5} className="text-right font-normal">
        {label}
      </TableCell>
      <TableCell className="text-right whitespace-nowrap">{formatChf(cents)}</TableCell>
    </TableRow>
  );
}

/** What has happened to the invoice (payments, reminders), one line each; nothing while empty. */
function HistoryList({
  id,
  title,
  entries,
}: {
  id: string;
  title: string;
  entries: { key: string | number; text: string }[];
}) {
  if (entries.length === 0) return null;
  return (
    <TitledSection id={id} title={title} className="space-y-2">
      <ul className="list-disc pl-6">
        {entries.map((entry) => (
          <li key={entry.key}>{entry.text}</li>
        ))}
      </ul>
    </TitledSection>
  );
}
