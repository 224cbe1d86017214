import { TitledSection } from "@/components/ui/titled-section";
import { formatChf, formatDate } from "@/lib/format";
import type { PortalInvoice } from "@/lib/invoicing/queries";
import { paymentStateLabels } from "@/lib/invoicing/rules";

/** The client's invoices in the portal: amount, due date, what is still open, and each PDF. */
export function PortalInvoices({ token, invoices }: { token: string; invoices: PortalInvoice[] }) {
  if (invoices.length === 0) return null;
  return (
    <TitledSection id="rechnungen-titel" title="Rechnungen" className="space-y-4">
      <ul className="space-y-3">
        {invoices.map((invoice) => (
          <li key={invoice.id} className="rounded-lg border border-line bg-white p-4">
            <p className="font-semibold">
              {`${invoice.kind === "CREDIT_NOTE" ? "Gutschrift" : "Rechnung"} ${invoice.number}: ${invoice.title}`}
            </p>
            <p>
              {`${formatChf(invoice.payableCents)} vom ${formatDate(invoice.issueDate)}`}
              {invoice.dueDate ? `, zahlbar bis ${formatDate(invoice.dueDate)}` : ""}
            </p>
            <p>
              <span className="font-semibold">{paymentStateLabels[invoice.state]}</span>
              {invoice.state === "PARTLY_PAID" ? `, offen ${formatChf(invoice.openCents)}` : ""}
            </p>
            <a
              href={`/api/portal/${token}/rechnungen/${invoice.id}`}
              className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand underline hover:text-brand-dark"
            >
              {`${invoice.kind === "CREDIT_NOTE" ? "Gutschrift" : "Rechnung"} ${invoice.number} als PDF herunterladen`}
            </a>
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
