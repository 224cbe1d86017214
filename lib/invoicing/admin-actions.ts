"use server";

import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { formatChf } from "@/lib/format";

import {
  createFromProposalSchema,
  creditNoteSchema,
  invoiceDraftSchema,
  invoiceIdSchema,
  paymentSchema,
  updateInvoiceDraftSchema,
} from "./schemas";
import {
  createCreditNote,
  createFreeInvoice,
  createInvoiceFromProposal,
  issueInvoice,
  recordPayment,
  updateInvoiceDraft,
} from "./service";

function revalidateInvoices(invoiceId?: string) {
  revalidatePath("/admin/rechnungen");
  if (invoiceId) revalidatePath(`/admin/rechnungen/${invoiceId}`);
}

export async function createInvoiceFromProposalAction(input: unknown): Promise<ActionResult<{ invoiceId: string }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const result = await createInvoiceFromProposal(
      getDb(),
      userActor(viewer),
      parseInput(createFromProposalSchema, input),
    );
    revalidateInvoices();
    return success(result, "Rechnungsentwurf erstellt.");
  });
}

export async function createFreeInvoiceAction(input: unknown): Promise<ActionResult<{ invoiceId: string }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const result = await createFreeInvoice(getDb(), userActor(viewer), parseInput(invoiceDraftSchema, input));
    revalidateInvoices();
    return success(result, "Rechnungsentwurf erstellt.");
  });
}

/** Bound to the draft's id by the page: `updateInvoiceDraftAction.bind(null, id)`. */
export async function updateInvoiceDraftAction(invoiceId: string, input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const parsed = parseInput(updateInvoiceDraftSchema, { ...(input as object), invoiceId });
    await updateInvoiceDraft(getDb(), userActor(viewer), parsed);
    revalidateInvoices(parsed.invoiceId);
    return success(null, "Entwurf gespeichert.");
  });
}

export async function issueInvoiceAction(input: unknown): Promise<ActionResult<{ number: string }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const { invoiceId } = parseInput(invoiceIdSchema, input);
    const result = await issueInvoice(getDb(), userActor(viewer), { invoiceId });
    revalidateInvoices(invoiceId);
    return success(result, `Rechnung ${result.number} ausgestellt und per E-Mail versandt.`);
  });
}

export async function createCreditNoteAction(input: unknown): Promise<ActionResult<{ invoiceId: string }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const parsed = parseInput(creditNoteSchema, input);
    const result = await createCreditNote(getDb(), userActor(viewer), parsed);
    revalidateInvoices(parsed.invoiceId);
    return success(result, `Gutschrift ${result.number} ausgestellt und per E-Mail versandt.`);
  });
}

export async function recordPaymentAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const parsed = parseInput(paymentSchema, input);
    const { openCents } = await recordPayment(getDb(), userActor(viewer), parsed);
    revalidateInvoices(parsed.invoiceId);
    return success(
      null,
      openCents === 0
        ? "Zahlung gebucht; die Rechnung ist bezahlt."
        : `Zahlung gebucht; offen bleiben ${formatChf(openCents)}.`,
    );
  });
}
