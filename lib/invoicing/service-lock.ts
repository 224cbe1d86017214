// Steps every invoice write shares inside its transaction: lock the invoice row, and read its
// balance (what was paid and credited) under that lock.
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { balanceOf } from "./rules";

/** Locks the invoice row for the rest of the transaction and returns it with its lines. */
export async function lockInvoice(tx: Tx, invoiceId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Invoice" WHERE "id" = ${invoiceId}::uuid FOR UPDATE`;
  const invoice = await tx.invoice.findUnique({
    where: { id: invoiceId },
    include: { lines: { orderBy: { position: "asc" } } },
  });
  if (!invoice) throw new AppError("NOT_FOUND", "Diese Rechnung gibt es nicht mehr.");
  return invoice;
}

/** The invoice's balance from its payments and issued credit notes. */
export async function balanceFor(tx: Tx, invoiceId: string) {
  const invoice = await tx.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    select: {
      kind: true,
      status: true,
      payableCents: true,
      payments: { select: { amountCents: true } },
      creditNotes: { where: { status: "ISSUED" }, select: { payableCents: true } },
    },
  });
  return balanceOf({ ...invoice, credits: invoice.creditNotes });
}
