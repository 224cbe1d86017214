import type { Metadata } from "next";

import { CreateFromProposalForm, InvoiceDraftForm } from "@/components/invoicing/invoice-forms";
import { Heading } from "@/components/ui/heading";
import { TitledSection } from "@/components/ui/titled-section";
import { requireAdmin } from "@/lib/auth/guards";
import { formatChf } from "@/lib/format";
import { createFreeInvoiceAction, createInvoiceFromProposalAction } from "@/lib/invoicing/admin-actions";
import { listInvoiceableProposals } from "@/lib/invoicing/admin-queries";

export const metadata: Metadata = { title: "Neue Rechnung" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewInvoicePage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin();
  const raw = (await searchParams).anfrage;
  const inquiryId = Array.isArray(raw) ? raw[0] : raw;
  // From an inquiry's page: its accepted proposal comes first and is preselected.
  const proposals = (await listInvoiceableProposals()).sort(
    (a, b) => Number(b.inquiry.id === inquiryId) - Number(a.inquiry.id === inquiryId),
  );
  return (
    <div className="max-w-4xl space-y-8">
      <Heading>Neue Rechnung</Heading>
      {proposals.length > 0 ? (
        <CreateFromProposalForm
          proposals={proposals.map((proposal) => ({
            id: proposal.id,
            label: `${proposal.inquiry.reference} · ${proposal.inquiry.organisationName} · ${proposal.design.title} (Version ${proposal.version}, ${formatChf(proposal.totalCents)})`,
          }))}
          action={createInvoiceFromProposalAction}
        />
      ) : (
        <p>Es gibt noch kein angenommenes Angebot. Eine freie Rechnung können Sie unten erfassen.</p>
      )}
      <TitledSection id="frei-titel" title="Freie Rechnung" className="space-y-4">
        <p>Zum Beispiel für eine Nachbesprechung ohne Angebot.</p>
        <InvoiceDraftForm
          current={{
            title: "",
            introText: "",
            serviceDates: "",
            buyerName: "",
            buyerDepartment: "",
            buyerContact: "",
            buyerStreet: "",
            buyerHouseNumber: "",
            buyerPostcode: "",
            buyerCity: "",
            buyerCountry: "CH",
            buyerEmail: "",
            buyerUid: "",
            purchaseOrderRef: "",
            costCentre: "",
            lines: [{ description: "", quantity: "1", unit: "", unitPrice: "" }],
          }}
          action={createFreeInvoiceAction}
          submitLabel="Entwurf erstellen"
        />
      </TitledSection>
    </div>
  );
}
