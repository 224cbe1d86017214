// Pure rules of overdue invoices and payment reminders (decision 0030): when an invoice is overdue
// and by how many days, which reminder level is due, and what each client still owes. Dates are
// Zurich calendar days ("2027-01-06"); re-exported by rules.ts.
import { addDays, zurichDate } from "@/lib/calendar/zurich-time";

import type { Balance, PaymentState } from "./rules";

/** 1: the friendly reminder ("Zahlungserinnerung"), 2: the firm one ("Mahnung"). */
export type ReminderLevel = 1 | 2;
export const REMINDER_LEVELS: readonly ReminderLevel[] = [1, 2];

export const reminderLevelLabels: Record<ReminderLevel, string> = {
  1: "Zahlungserinnerung",
  2: "Mahnung",
};

/** Days the client is given in a reminder to pay the open amount ("bis Freitag, 15. Januar"). */
export const REMINDER_PAY_WITHIN_DAYS = 10;

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to` ("2027-01-06" to "2027-01-16" is 10); negative when earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export type ReminderCandidate = {
  kind: "INVOICE" | "CREDIT_NOTE";
  status: "DRAFT" | "ISSUED";
  /** The last day to pay. */
  dueDate: string | null;
  state: PaymentState;
  openCents: number;
  /** Reminders already sent, with the day each went out. */
  reminders: readonly { level: number; sentOn: string }[];
};

/** What a read selects of an invoice to derive its balance (rules.balanceOf). */
export const balanceSelect = {
  kind: true,
  status: true,
  payableCents: true,
  payments: { select: { amountCents: true } },
  creditNotes: { where: { status: "ISSUED" as const }, select: { payableCents: true } },
} as const;

/** The invoice as the reminder rules read it, from its stored row, balance and reminders. */
export function reminderCandidate(
  invoice: { kind: ReminderCandidate["kind"]; status: ReminderCandidate["status"]; dueDate: Date | null },
  balance: Balance,
  reminders: readonly { level: number; sentAt: Date }[],
): ReminderCandidate {
  return {
    kind: invoice.kind,
    status: invoice.status,
    dueDate: invoice.dueDate ? invoice.dueDate.toISOString().slice(0, 10) : null,
    state: balance.state,
    openCents: balance.openCents,
    reminders: reminders.map((reminder) => ({ level: reminder.level, sentOn: zurichDate(reminder.sentAt) })),
  };
}

/** An issued invoice with money open whose last day to pay has passed; paid or credited ones never. */
export function isOverdue(invoice: Omit<ReminderCandidate, "reminders">, today: string): boolean {
  return (
    invoice.kind === "INVOICE" &&
    invoice.status === "ISSUED" &&
    invoice.dueDate !== null &&
    invoice.openCents > 0 &&
    (invoice.state === "OPEN" || invoice.state === "PARTLY_PAID") &&
    daysBetween(invoice.dueDate, today) > 0
  );
}

/** Days since the last day to pay: 0 until it has passed. */
export function daysOverdue(dueDate: string | null, today: string): number {
  return dueDate === null ? 0 : Math.max(0, daysBetween(dueDate, today));
}

/** The highest level sent so far, 0 for none. */
export function reminderLevelOf(reminders: readonly { level: number }[]): number {
  return reminders.reduce((highest, reminder) => Math.max(highest, reminder.level), 0);
}

/** The level a reminder sent now would have, or null when both were sent or none may be. */
export function nextReminderLevel(invoice: ReminderCandidate, today: string): ReminderLevel | null {
  if (!isOverdue(invoice, today)) return null;
  const next = reminderLevelOf(invoice.reminders) + 1;
  return next === 1 || next === 2 ? next : null;
}

/**
 * The reminder the daily job sends today, or null. Level n is due `reminderDays[n-1]` days after
 * the due date; a later level also waits the same gap after the previous reminder, so a reminder
 * sent late (or by hand) is never followed by the next one the day after. One level per run: a
 * job that was down catches up with the 1st reminder, not both at once.
 */
export function dueReminderLevel(
  invoice: ReminderCandidate,
  today: string,
  reminderDays: readonly number[],
): ReminderLevel | null {
  const level = nextReminderLevel(invoice, today);
  if (level === null || level > reminderDays.length) return null;
  const afterDue = reminderDays[level - 1]!;
  if (daysOverdue(invoice.dueDate, today) < afterDue) return null;
  if (level > 1) {
    const previous = invoice.reminders.find((reminder) => reminder.level === level - 1);
    const gap = afterDue - reminderDays[level - 2]!;
    if (!previous || daysBetween(previous.sentOn, today) < gap) return null;
  }
  return level;
}

/** The day the job will send the next reminder, for the overdue list; null when none will follow. */
export function nextReminderDate(invoice: ReminderCandidate, reminderDays: readonly number[]): string | null {
  if (invoice.dueDate === null) return null;
  const level = reminderLevelOf(invoice.reminders) + 1;
  if (level > reminderDays.length || level > 2) return null;
  const afterDue = addDays(invoice.dueDate, reminderDays[level - 1]!);
  if (level === 1) return afterDue;
  const previous = invoice.reminders.find((reminder) => reminder.level === level - 1);
  if (!previous) return afterDue;
  const afterPrevious = addDays(previous.sentOn, reminderDays[level - 1]! - reminderDays[level - 2]!);
  return afterPrevious > afterDue ? afterPrevious : afterDue;
}

export type ClientInvoice = {
  id: string;
  buyerName: string;
  openCents: number;
  overdue: boolean;
};

export type ClientBalance = {
  buyerName: string;
  openCents: number;
  overdueCents: number;
  invoiceCount: number;
};

/** What each client organisation still owes (issued less paid less credited), largest first. */
export function openByClient(invoices: readonly ClientInvoice[]): ClientBalance[] {
  const byClient = new Map<string, ClientBalance>();
  for (const invoice of invoices) {
    if (invoice.openCents <= 0) continue;
    const entry = byClient.get(invoice.buyerName) ?? {
      buyerName: invoice.buyerName,
      openCents: 0,
      overdueCents: 0,
      invoiceCount: 0,
    };
    entry.openCents += invoice.openCents;
    if (invoice.overdue) entry.overdueCents += invoice.openCents;
    entry.invoiceCount += 1;
    byClient.set(invoice.buyerName, entry);
  }
  return [...byClient.values()].sort(
    (a, b) => b.overdueCents - a.overdueCents || b.openCents - a.openCents || a.buyerName.localeCompare(b.buyerName),
  );
}
