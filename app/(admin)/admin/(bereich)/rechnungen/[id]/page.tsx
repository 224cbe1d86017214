import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CreditNoteForm, InvoiceDraftForm, PaymentForm } from "@/components/invoicing/invoice-forms";
import { ActionButton } from "@/components/ui/action-button";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
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
import { formatQuantity, paymentStateLabels, reminderLevelLabels } from "@/lib/invoicing/rules";
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
              <Link href={`/admin/anfragen/${invoice.inquiry.id}`} className="text-brand underline">
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
            <TableRow>
              <TableCell rowHeader colSpan={5} className="text-right font-normal">
                Total netto
              </TableCell>
              <TableCell className="text-right whitespace-nowrap">{formatChf(invoice.netCents)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell rowHeader colSpan={5} className="text-right font-normal">
                MWST
              </TableCell>
              <TableCell className="text-right whitespace-nowrap">{formatChf(invoice.vatCents)}</TableCell>
            </TableRow>
            {invoice.roundingCents !== 0 ? (
              <TableRow>
                <TableCell rowHeader colSpan={5} className="text-right font-normal">
                  Rundung
                </TableCell>
                <TableCell className="text-right whitespace-nowrap">{formatChf(invoice.roundingCents)}</TableCell>
              </TableRow>
            ) : null}
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

      {invoice.payments.length > 0 ? (
        <section aria-labelledby="zahlungen-titel" className="space-y-2">
          <h2 id="zahlungen-titel" className="text-2xl font-bold text-brand-dark">
            Zahlungen
          </h2>
          <ul className="list-disc pl-6">
            {invoice.payments.map((payment) => (
              <li key={payment.id}>
                {`${formatDate(payment.paidOn)}: ${formatChf(payment.amountCents)}${payment.note ? ` (${payment.note})` : ""}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {invoice.reminders.length > 0 ? (
        <section aria-labelledby="erinnerungen-titel" className="space-y-2">
          <h2 id="erinnerungen-titel" className="text-2xl font-bold text-brand-dark">
            Zahlungserinnerungen
          </h2>
          <ul className="list-disc pl-6">
            {invoice.reminders.map((reminder) => (
              <li key={reminder.level}>
                {`${reminder.level}. ${reminderLevelLabels[reminder.level === 2 ? 2 : 1]} am ${formatDate(reminder.sentAt)} über ${formatChf(reminder.openCents)}${reminder.manual ? " (von Hand)" : ""}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

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
        <section aria-labelledby="entwurf-titel" className="space-y-4">
          <h2 id="entwurf-titel" className="text-2xl font-bold text-brand-dark">
            Entwurf bearbeiten
          </h2>
          <InvoiceDraftForm
            current={{
              title: invoice.title,
              introText: invoice.introText,
              serviceDates: invoice.serviceDates,
              buyerName: invoice.buyerName,
              buyerDepartment: invoice.buyerDepartment,
              buyerContact: invoice.buyerContact,
              buyerStreet: invoice.buyerStreet,
              buyerHouseNumber: invoice.buyerHouseNumber,
              buyerPostcode: invoice.buyerPostcode,
              buyerCity: invoice.buyerCity,
              buyerCountry: invoice.buyerCountry,
              buyerEmail: invoice.buyerEmail,
              buyerUid: invoice.buyerUid,
              purchaseOrderRef: invoice.purchaseOrderRef,
              costCentre: invoice.costCentre,
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
        </section>
      ) : null}
    </div>
  );
}
