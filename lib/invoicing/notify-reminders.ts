// The payment reminder mail of an overdue invoice, written to the outbox in the transaction that
// records the reminder; the invoice's PDF is rendered and attached at send time (decision 0022).
import { addDays, fromZurichWallTime } from "@/lib/calendar/zurich-time";
import type { Tx } from "@/lib/db/client";
import { formatChf, formatDate, formatDeadline } from "@/lib/format";
import type { Salutation } from "@/lib/generated/prisma/enums";
import { enqueueMail } from "@/lib/mail/outbox";

import { invoiceMailAddress, invoiceMailFacts } from "./invoice-mail";
import { REMINDER_PAY_WITHIN_DAYS, type ReminderLevel } from "./rules";

export type ReminderMailInput = {
  invoice: {
    id: string;
    number: string | null;
    title: string;
    issueDate: Date | null;
    dueDate: Date | null;
    payableCents: number;
    purchaseOrderRef: string;
    paymentReference: string | null;
    buyerName: string;
    buyerContact: string;
    buyerEmail: string;
    inquiryId: string | null;
  };
  level: ReminderLevel;
  openCents: number;
  salutation?: Salutation;
  /** When the friendly reminder went out (for the firm one). */
  previousReminderAt?: Date;
  /** The business profile's reminder text block. */
  introText: string;
  today: string;
  now: Date;
};

export async function notifyInvoiceReminder(tx: Tx, input: ReminderMailInput) {
  const { invoice, now } = input;
  const payBy = fromZurichWallTime(addDays(input.today, REMINDER_PAY_WITHIN_DAYS), 12);
  return enqueueMail(tx, {
    template: "invoice-reminder",
    ...invoiceMailAddress(invoice, `reminder:${input.level}`),
    props: {
      ...invoiceMailFacts(invoice),
      level: input.level,
      salutation: input.salutation,
      issueDate: invoice.issueDate ? formatDate(invoice.issueDate) : "",
      dueDate: invoice.dueDate ? formatDeadline(fromZurichWallTime(dateKey(invoice.dueDate), 12), now) : "",
      openAmount: formatChf(input.openCents),
      payableAmount: input.openCents === invoice.payableCents ? "" : formatChf(invoice.payableCents),
      payBy: formatDeadline(payBy, now),
      previousReminderDate: input.previousReminderAt ? formatDate(input.previousReminderAt) : "",
      paymentReference: invoice.paymentReference ?? "",
      introText: input.introText,
    },
  });
}

const dateKey = (value: Date) => value.toISOString().slice(0, 10);
