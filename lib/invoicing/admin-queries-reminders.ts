import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { zurichDate } from "@/lib/calendar/zurich-time";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

import {
  balanceOf,
  balanceSelect,
  daysOverdue,
  isOverdue,
  nextReminderDate,
  nextReminderLevel,
  reminderCandidate,
} from "./rules";

/**
 * Overdue invoices (issued, money open, not credited, past the due date), longest overdue first,
 * with the days overdue, the reminders sent, the level a click would send and the day the job will.
 */
export async function listOverdueInvoicesForAdmin(now = new Date()) {
  await requireAdmin();
  const today = zurichDate(now);
  const reminderDays = getEnv().INVOICE_REMINDER_DAYS;
  const invoices = await getDb().invoice.findMany({
    where: { kind: "INVOICE", status: "ISSUED", dueDate: { lt: new Date(`${today}T00:00:00Z`) } },
    orderBy: [{ dueDate: "asc" }, { number: "asc" }],
    select: {
      ...balanceSelect,
      id: true,
      number: true,
      title: true,
      buyerName: true,
      buyerEmail: true,
      dueDate: true,
      inquiry: { select: { reference: true } },
      reminders: { orderBy: { level: "asc" }, select: { level: true, sentAt: true, manual: true } },
    },
  });
  return invoices.flatMap(({ payments, creditNotes, reminders, ...invoice }) => {
    const balance = balanceOf({ ...invoice, payments, credits: creditNotes });
    const candidate = reminderCandidate(invoice, balance, reminders);
    if (!isOverdue(candidate, today)) return [];
    return [
      {
        ...invoice,
        balance,
        reminders,
        daysOverdue: daysOverdue(candidate.dueDate, today),
        nextLevel: nextReminderLevel(candidate, today),
        nextAutomatic: nextReminderDate(candidate, reminderDays),
      },
    ];
  });
}

export type OverdueInvoice = Awaited<ReturnType<typeof listOverdueInvoicesForAdmin>>[number];
