// The client gets an issued invoice (or credit note) by mail, written to the outbox in the issuing
// transaction; the PDF is rendered at send time from the frozen invoice (decision 0022).
import type { Tx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { formatChf, formatDate } from "@/lib/format";
import { links } from "@/lib/links";
import { enqueueMail } from "@/lib/mail/outbox";
import { issuePortalAccess } from "@/lib/proposals/service";

import { invoiceMailAddress, invoiceMailFacts } from "./invoice-mail";

export async function notifyInvoiceIssued(tx: Tx, input: { invoiceId: string; now: Date }) {
  const invoice = await tx.invoice.findUniqueOrThrow({
    where: { id: input.invoiceId },
    select: {
      id: true,
      kind: true,
      number: true,
      title: true,
      payableCents: true,
      dueDate: true,
      purchaseOrderRef: true,
      buyerName: true,
      buyerContact: true,
      buyerEmail: true,
      inquiryId: true,
      proposalId: true,
      inquiry: { select: { contactName: true, salutation: true } },
    },
  });
  const contactName = invoice.buyerContact || invoice.buyerName;
  // The salutation the inquiry's contact chose, when the invoice goes to that person; else neutral.
  const salutation = invoice.inquiry?.contactName === contactName ? invoice.inquiry.salutation : "NEUTRAL";
  // With an inquiry and its accepted proposal, the client also finds the invoice in the portal.
  const portalUrl =
    invoice.inquiryId && invoice.proposalId
      ? links.portal(
          (
            await issuePortalAccess(tx, {
              inquiryId: invoice.inquiryId,
              proposalId: invoice.proposalId,
              now: input.now,
              days: getEnv().PORTAL_LINK_DAYS,
            })
          ).token,
        )
      : undefined;
  return enqueueMail(tx, {
    template: "invoice-issued",
    ...invoiceMailAddress(invoice, "issued"),
    props: {
      ...invoiceMailFacts(invoice),
      kind: invoice.kind,
      salutation,
      amount: formatChf(invoice.payableCents),
      dueDate: invoice.dueDate ? formatDate(invoice.dueDate) : "",
      portalUrl,
    },
  });
}

export * from "./notify-reminders";
