import "server-only";

import type { Database } from "@/lib/db/client";
import { isUuid } from "@/lib/db/ids";

import { balanceOf, type PaymentState } from "./rules";

export type PortalInvoice = {
  id: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  number: string;
  title: string;
  payableCents: number;
  openCents: number;
  issueDate: Date;
  dueDate: Date | null;
  state: PaymentState;
};

/**
 * The issued invoices of the inquiry a portal link belongs to (the caller has checked the link):
 * drafts never show, and nothing of another inquiry can.
 */
export async function listPortalInvoices(db: Database, inquiryId: string): Promise<PortalInvoice[]> {
  const invoices = await db.invoice.findMany({
    where: { inquiryId, status: "ISSUED" },
    orderBy: { issuedAt: "asc" },
    select: {
      id: true,
      kind: true,
      status: true,
      number: true,
      title: true,
      payableCents: true,
      issueDate: true,
      dueDate: true,
      payments: { select: { amountCents: true } },
      creditNotes: { where: { status: "ISSUED" }, select: { payableCents: true } },
    },
  });
  return invoices.map((invoice) => {
    const balance = balanceOf({ ...invoice, credits: invoice.creditNotes });
    return {
      id: invoice.id,
      kind: invoice.kind,
      number: invoice.number ?? "",
      title: invoice.title,
      payableCents: invoice.payableCents,
      openCents: balance.openCents,
      issueDate: invoice.issueDate ?? new Date(0),
      dueDate: invoice.dueDate,
      state: balance.state,
    };
  });
}

/** One issued invoice of the link's inquiry as PDF data, or null (wrong inquiry, draft, unknown). */
export async function getPortalInvoiceDocument(db: Database, inquiryId: string, invoiceId: string) {
  if (!isUuid(invoiceId)) return null;
  const owned = await db.invoice.findFirst({
    where: { id: invoiceId, inquiryId, status: "ISSUED" },
    select: { id: true },
  });
  if (!owned) return null;
  const { loadInvoiceDocument } = await import("./pdf");
  return loadInvoiceDocument(db, invoiceId);
}
