import { TitledSection } from "@/components/ui/titled-section";
import { formatChf, formatDate } from "@/lib/format";
import { fill } from "@/lib/i18n";
import type { Catalogue } from "@/lib/i18n/messages";
import type { PortalInvoice } from "@/lib/invoicing/queries";
import { paymentStateLabels } from "@/lib/invoicing/rules";

/** The client's invoices in the portal: amount, due date, what is still open, and each PDF. */
export function PortalInvoices({
  token,
  invoices,
  texts,
}: {
  token: string;
  invoices: PortalInvoice[];
  /** From the page's catalogue. */
  texts: Catalogue["pages"]["portal"]["invoices"];
}) {
  if (invoices.length === 0) return null;
  return (
    <TitledSection id="rechnungen-titel" title={texts.title} className="space-y-4">
      <ul className="space-y-3">
        {invoices.map((invoice) => {
          const kind = invoice.kind === "CREDIT_NOTE" ? texts.creditNote : texts.invoice;
          return (
            <li key={invoice.id} className="rounded-lg border border-line bg-white p-4">
              <p className="font-semibold">
                {fill(texts.heading, { kind, number: invoice.number, title: invoice.title })}
              </p>
              <p>
                {fill(texts.amount, { amount: formatChf(invoice.payableCents), date: formatDate(invoice.issueDate) })}
                {invoice.dueDate ? fill(texts.due, { date: formatDate(invoice.dueDate) }) : ""}
              </p>
              <p>
                <span className="font-semibold">{paymentStateLabels[invoice.state]}</span>
                {invoice.state === "PARTLY_PAID" ? fill(texts.open, { amount: formatChf(invoice.openCents) }) : ""}
              </p>
              <a
                href={`/api/portal/${token}/rechnungen/${invoice.id}`}
                className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand underline hover:text-brand-dark"
              >
                {fill(texts.pdf, { kind, number: invoice.number })}
              </a>
            </li>
          );
        })}
      </ul>
    </TitledSection>
  );
}
