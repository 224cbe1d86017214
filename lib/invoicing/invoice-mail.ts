// What every mail about one invoice shares (the issued invoice and each reminder): it goes to the
// buyer, once per invoice and occasion, on the inquiry's record, and names the invoice the same way.

type InvoiceMailSource = {
  id: string;
  number: string | null;
  title: string;
  purchaseOrderRef: string;
  buyerName: string;
  buyerContact: string;
  buyerEmail: string;
  inquiryId: string | null;
};

/** Recipient, idempotency key (`invoice:<id>:<occasion>`) and inquiry of an invoice mail. */
export function invoiceMailAddress(invoice: InvoiceMailSource, occasion: string) {
  return {
    to: invoice.buyerEmail,
    idempotencyKey: `invoice:${invoice.id}:${occasion}`,
    inquiryId: invoice.inquiryId ?? undefined,
  };
}

/** The props every invoice mail template takes about the invoice and whom it addresses. */
export function invoiceMailFacts(invoice: InvoiceMailSource) {
  return {
    invoiceId: invoice.id,
    number: invoice.number ?? "",
    title: invoice.title,
    contactName: invoice.buyerContact || invoice.buyerName,
    organisationName: invoice.buyerName,
    purchaseOrderRef: invoice.purchaseOrderRef,
  };
}
