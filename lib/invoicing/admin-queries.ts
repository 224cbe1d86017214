import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { isUuid } from "@/lib/db/ids";

import { balanceOf } from "./rules";

const listSelect = {
  id: true,
  kind: true,
  status: true,
  number: true,
  title: true,
  buyerName: true,
  payableCents: true,
  issueDate: true,
  dueDate: true,
  createdAt: true,
  inquiryId: true,
  inquiry: { select: { reference: true } },
  payments: { select: { amountCents: true } },
  creditNotes: { where: { status: "ISSUED" as const }, select: { payableCents: true } },
} as const;

/** All invoices, or those of one inquiry or client; newest first, with their derived payment state. */
export async function listInvoicesForAdmin(filter: { inquiryId?: string; buyerName?: string } = {}) {
  await requireAdmin();
  if (filter.inquiryId !== undefined && !isUuid(filter.inquiryId)) return [];
  const invoices = await getDb().invoice.findMany({
    where: {
      ...(filter.inquiryId ? { inquiryId: filter.inquiryId } : {}),
      ...(filter.buyerName ? { buyerName: filter.buyerName } : {}),
    },
    orderBy: [{ createdAt: "desc" }],
    select: listSelect,
    take: 500,
  });
  return invoices.map(({ payments, creditNotes, ...invoice }) => ({
    ...invoice,
    balance: balanceOf({ ...invoice, payments, credits: creditNotes }),
  }));
}

export async function getInvoiceForAdmin(invoiceId: string) {
  await requireAdmin();
  if (!isUuid(invoiceId)) return null;
  const invoice = await getDb().invoice.findUnique({
    where: { id: invoiceId },
    include: {
      lines: { orderBy: { position: "asc" } },
      payments: { orderBy: { paidOn: "asc" } },
      reminders: { orderBy: { level: "asc" }, select: { level: true, sentAt: true, manual: true, openCents: true } },
      creditNotes: { select: { id: true, number: true, status: true, payableCents: true } },
      creditedInvoice: { select: { id: true, number: true } },
      inquiry: { select: { id: true, reference: true } },
    },
  });
  if (!invoice) return null;
  const balance = balanceOf({
    ...invoice,
    credits: invoice.creditNotes.filter((credit) => credit.status === "ISSUED"),
  });
  return { ...invoice, balance };
}

/** Accepted proposals an invoice can be drawn from, with what was invoiced from each so far. */
export async function listInvoiceableProposals() {
  await requireAdmin();
  return getDb().proposal.findMany({
    where: { status: "ACCEPTED" },
    orderBy: { respondedAt: "desc" },
    select: {
      id: true,
      version: true,
      totalCents: true,
      inquiry: { select: { id: true, reference: true, organisationName: true } },
      design: { select: { title: true } },
    },
    take: 200,
  });
}

/** The PDF's data of an issued invoice; null for drafts. */
export async function getInvoicePdfForAdmin(invoiceId: string) {
  await requireAdmin();
  if (!isUuid(invoiceId)) return null;
  const { loadInvoiceDocument } = await import("./pdf");
  return loadInvoiceDocument(getDb(), invoiceId);
}

/** The e-invoice (PEPPOL BIS 3.0 UBL) of an issued invoice; null for drafts and unknown ids. */
export async function getInvoiceXmlForAdmin(invoiceId: string) {
  await requireAdmin();
  if (!isUuid(invoiceId)) return null;
  const { loadInvoiceDocument } = await import("./pdf");
  const { invoiceXmlFileName, renderInvoiceUbl } = await import("./ubl");
  const document = await loadInvoiceDocument(getDb(), invoiceId);
  if (!document) return null;
  const { buyerEmail } = await getDb().invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    select: { buyerEmail: true },
  });
  return { fileName: invoiceXmlFileName(document), xml: renderInvoiceUbl(document, { buyerEmail }) };
}
