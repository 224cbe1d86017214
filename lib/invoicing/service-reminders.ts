// Payment reminders of overdue invoices (decision 0030): the daily job sends the level the rules
// say is due, the consultant the next one by hand from the overdue list. Each reminder is one
// InvoiceReminder row (unique per invoice and level), its mail and its audit row, written in one
// transaction under the invoice's row lock: never twice the same level, never for an invoice that
// is paid or credited (the balance is read under the lock, so a payment booked at the same moment
// either comes first and stops the reminder, or after it).
import { zurichDate } from "@/lib/calendar/zurich-time";
import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";

import { notifyInvoiceReminder } from "./notify-reminders";
import {
  dueReminderLevel,
  nextReminderLevel,
  reminderCandidate,
  reminderLevelLabels,
  type ReminderLevel,
} from "./rules";
import type { SendReminderInput } from "./schemas";
import { balanceFor, lockInvoice } from "./service-lock";

export type InvoiceReminderSettings = { reminderDays: readonly number[] };

/** The invoice as the reminder rules read it, under the lock the caller holds. */
async function reminderState(tx: Tx, invoiceId: string) {
  const invoice = await lockInvoice(tx, invoiceId);
  const balance = await balanceFor(tx, invoiceId);
  const reminders = await tx.invoiceReminder.findMany({
    where: { invoiceId },
    orderBy: { level: "asc" },
    select: { level: true, sentAt: true },
  });
  return { invoice, balance, reminders, candidate: reminderCandidate(invoice, balance, reminders) };
}

type ReminderState = Awaited<ReturnType<typeof reminderState>>;

/** Records the reminder, writes its mail to the outbox and the audit row. */
async function writeReminder(
  tx: Tx,
  actor: Actor,
  state: ReminderState,
  level: ReminderLevel,
  manual: boolean,
  now: Date,
) {
  const { invoice } = state;
  const profile = await tx.businessProfile.findUnique({ where: { id: 1 }, select: { reminderText: true } });
  // The client's salutation is known from the inquiry when the invoice goes to the same person.
  const inquiry = invoice.inquiryId
    ? await tx.inquiry.findUnique({
        where: { id: invoice.inquiryId },
        select: { contactName: true, salutation: true },
      })
    : null;
  const salutation =
    inquiry && invoice.buyerContact && inquiry.contactName.trim() === invoice.buyerContact.trim()
      ? inquiry.salutation
      : undefined;
  const mail = await notifyInvoiceReminder(tx, {
    invoice,
    level,
    openCents: state.balance.openCents,
    salutation,
    previousReminderAt: state.reminders.find((reminder) => reminder.level === level - 1)?.sentAt,
    introText: profile?.reminderText ?? "",
    today: zurichDate(now),
    now,
  });
  await tx.invoiceReminder.create({
    data: {
      invoiceId: invoice.id,
      level,
      openCents: state.balance.openCents,
      manual,
      sentById: actor.kind === "user" ? actor.id : null,
      outboxMessageId: mail.id,
      sentAt: now,
    },
  });
  await recordAudit(tx, actor, {
    action: "invoice.reminder-sent",
    entityType: "Invoice",
    entityId: invoice.id,
    data: { level, openCents: state.balance.openCents, manual },
  });
}

/**
 * The daily job: every overdue invoice whose next reminder is due today gets it. Candidates are
 * read without a lock; each is decided again under its lock before anything is written.
 */
export async function sendDueInvoiceReminders(
  db: Database,
  actor: Actor,
  settings: InvoiceReminderSettings,
  now = new Date(),
): Promise<{ sent: number }> {
  const today = zurichDate(now);
  const candidates = await db.invoice.findMany({
    where: {
      kind: "INVOICE",
      status: "ISSUED",
      dueDate: { lt: new Date(`${today}T00:00:00Z`) },
      reminders: { none: { level: { gte: settings.reminderDays.length } } },
    },
    orderBy: { dueDate: "asc" },
    select: { id: true },
  });
  let sent = 0;
  for (const { id } of candidates) {
    const wrote = await inTransaction(db, async (tx) => {
      const state = await reminderState(tx, id);
      const level = dueReminderLevel(state.candidate, today, settings.reminderDays);
      if (level === null) return false;
      await writeReminder(tx, actor, state, level, false, now);
      return true;
    });
    if (wrote) sent++;
  }
  return { sent };
}

/**
 * The consultant sends the next reminder by hand, whatever the days say, as long as the invoice is
 * overdue. The form names the level it shows, so a second click cannot send the firm reminder
 * right after the friendly one.
 */
export async function sendInvoiceReminder(
  db: Database,
  actor: Actor,
  input: SendReminderInput,
  now = new Date(),
): Promise<{ level: ReminderLevel }> {
  return inTransaction(db, async (tx) => {
    const state = await reminderState(tx, input.invoiceId);
    const today = zurichDate(now);
    const level = nextReminderLevel(state.candidate, today);
    if (state.reminders.some((reminder) => reminder.level === input.level)) {
      throw new AppError(
        "CONFLICT",
        `Die ${reminderLevelLabels[input.level]} zu dieser Rechnung ist bereits versandt.`,
      );
    }
    if (level === null) {
      throw new AppError(
        "CONFLICT",
        state.candidate.openCents === 0
          ? "Diese Rechnung ist bezahlt oder gutgeschrieben; eine Erinnerung entfällt."
          : "Diese Rechnung ist noch nicht überfällig oder wurde bereits gemahnt.",
      );
    }
    if (level !== input.level) {
      throw new AppError("CONFLICT", `Als Nächstes ist die ${reminderLevelLabels[level]} an der Reihe.`);
    }
    await writeReminder(tx, actor, state, level, true, now);
    return { level };
  });
}
