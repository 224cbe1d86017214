// Which payment reminder is due, and the net of a partial credit (decision 0030): overdue only after the due date, never for a paid
// or credited invoice, the 1st and 2nd after the configured days, a gap after a late 1st, one level
// per day, and what each client still owes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";
import {
  creditNetForGross,
  daysOverdue,
  dueReminderLevel,
  invoiceTotals,
  isOverdue,
  nextReminderDate,
  nextReminderLevel,
  openByClient,
  type ReminderCandidate,
} from "@/lib/invoicing/rules";

const DAYS = [10, 20];

function invoice(overrides: Partial<ReminderCandidate> = {}): ReminderCandidate {
  return {
    kind: "INVOICE",
    status: "ISSUED",
    dueDate: "2027-01-06",
    state: "OPEN",
    openCents: 538_340,
    reminders: [],
    ...overrides,
  };
}

describe("overdue invoices", () => {
  it("are overdue from the day after the due date, by calendar days", () => {
    expect(isOverdue(invoice(), "2027-01-06")).toBe(false);
    expect(isOverdue(invoice(), "2027-01-07")).toBe(true);
    expect(daysOverdue("2027-01-06", "2027-01-06")).toBe(0);
    expect(daysOverdue("2027-01-06", "2027-01-16")).toBe(10);
    expect(daysOverdue("2027-01-06", "2027-03-31")).toBe(84);
    expect(daysOverdue("2027-01-06", "2026-12-31")).toBe(0);
  });

  it("never counts a paid, credited, draft invoice or a credit note", () => {
    const late = "2027-02-20";
    expect(isOverdue(invoice({ state: "PAID", openCents: 0 }), late)).toBe(false);
    expect(isOverdue(invoice({ state: "CREDITED", openCents: 0 }), late)).toBe(false);
    expect(isOverdue(invoice({ status: "DRAFT", state: "DRAFT" }), late)).toBe(false);
    expect(isOverdue(invoice({ kind: "CREDIT_NOTE", state: "CREDITED" }), late)).toBe(false);
    expect(isOverdue(invoice({ state: "PARTLY_PAID", openCents: 100 }), late)).toBe(true);
  });
});

describe("the reminder that is due", () => {
  it("is the 1st from the 10th day after the due date, the 2nd from the 20th", () => {
    expect(dueReminderLevel(invoice(), "2027-01-15", DAYS)).toBeNull();
    expect(dueReminderLevel(invoice(), "2027-01-16", DAYS)).toBe(1);
    const first = invoice({ reminders: [{ level: 1, sentOn: "2027-01-16" }] });
    expect(dueReminderLevel(first, "2027-01-17", DAYS)).toBeNull();
    expect(dueReminderLevel(first, "2027-01-25", DAYS)).toBeNull();
    expect(dueReminderLevel(first, "2027-01-26", DAYS)).toBe(2);
  });

  it("is never the same level twice, and nothing after the 2nd", () => {
    const both = invoice({
      reminders: [
        { level: 1, sentOn: "2027-01-16" },
        { level: 2, sentOn: "2027-01-26" },
      ],
    });
    expect(dueReminderLevel(both, "2027-06-30", DAYS)).toBeNull();
    expect(nextReminderLevel(both, "2027-06-30")).toBeNull();
    expect(nextReminderDate(both, DAYS)).toBeNull();
  });

  it("is none for a paid or credited invoice, however late", () => {
    expect(dueReminderLevel(invoice({ state: "PAID", openCents: 0 }), "2027-03-01", DAYS)).toBeNull();
    expect(dueReminderLevel(invoice({ state: "CREDITED", openCents: 0 }), "2027-03-01", DAYS)).toBeNull();
  });

  it("keeps the gap after a late or hand-sent 1st reminder, and catches up one level at a time", () => {
    // The job was down: on the 25th day only the 1st goes out, the 2nd ten days after it.
    expect(dueReminderLevel(invoice(), "2027-01-31", DAYS)).toBe(1);
    const late = invoice({ reminders: [{ level: 1, sentOn: "2027-01-31" }] });
    expect(dueReminderLevel(late, "2027-02-01", DAYS)).toBeNull();
    expect(dueReminderLevel(late, "2027-02-09", DAYS)).toBeNull();
    expect(dueReminderLevel(late, "2027-02-10", DAYS)).toBe(2);
    expect(nextReminderDate(late, DAYS)).toBe("2027-02-10");
    // Sent by hand on the 2nd day overdue: the 2nd still waits for the 20th day after the due date.
    const early = invoice({ reminders: [{ level: 1, sentOn: "2027-01-08" }] });
    expect(dueReminderLevel(early, "2027-01-25", DAYS)).toBeNull();
    expect(dueReminderLevel(early, "2027-01-26", DAYS)).toBe(2);
    expect(nextReminderDate(early, DAYS)).toBe("2027-01-26");
  });

  it("with one configured day sends only the friendly reminder; by hand the next level stays possible", () => {
    const first = invoice({ reminders: [{ level: 1, sentOn: "2027-01-16" }] });
    expect(dueReminderLevel(invoice(), "2027-01-16", [10])).toBe(1);
    expect(dueReminderLevel(first, "2027-05-01", [10])).toBeNull();
    expect(nextReminderLevel(first, "2027-05-01")).toBe(2);
    expect(nextReminderDate(first, [10])).toBeNull();
  });

  it("by hand is the next level once the invoice is overdue, whatever the days", () => {
    expect(nextReminderLevel(invoice(), "2027-01-06")).toBeNull();
    expect(nextReminderLevel(invoice(), "2027-01-07")).toBe(1);
    expect(nextReminderDate(invoice(), DAYS)).toBe("2027-01-16");
  });
});

describe("INVOICE_REMINDER_DAYS", () => {
  it("reads one or two ascending numbers of days and refuses anything else", () => {
    expect(parseEnv({}).INVOICE_REMINDER_DAYS).toEqual([10, 20]);
    expect(parseEnv({ INVOICE_REMINDER_DAYS: "14, 30" }).INVOICE_REMINDER_DAYS).toEqual([14, 30]);
    expect(parseEnv({ INVOICE_REMINDER_DAYS: "7" }).INVOICE_REMINDER_DAYS).toEqual([7]);
    for (const bad of ["20,10", "0,10", "10,20,30", "zehn", "10,10"]) {
      expect(() => parseEnv({ INVOICE_REMINDER_DAYS: bad })).toThrow(/INVOICE_REMINDER_DAYS/);
    }
  });
});

describe("the open amount per client", () => {
  it("adds what is open per organisation, overdue first, and leaves settled invoices out", () => {
    expect(
      openByClient([
        { id: "a", buyerName: "Gemeinde Köniz", openCents: 10_000, overdue: false },
        { id: "b", buyerName: "Kanton Bern", openCents: 50_000, overdue: false },
        { id: "c", buyerName: "Gemeinde Köniz", openCents: 5_000, overdue: true },
        { id: "d", buyerName: "Bundesamt", openCents: 0, overdue: false },
      ]),
    ).toEqual([
      { buyerName: "Gemeinde Köniz", openCents: 15_000, overdueCents: 5_000, invoiceCount: 2 },
      { buyerName: "Kanton Bern", openCents: 50_000, overdueCents: 0, invoiceCount: 1 },
    ]);
  });
});

describe("a partial credit over an amount", () => {
  it("finds the net whose total with VAT is exactly the amount, for every amount in 5 centimes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.constantFrom(0, 260, 380, 770, 810), (fives, rate) => {
        const gross = fives * 5;
        const net = creditNetForGross(gross, rate);
        expect(net).not.toBeNull();
        const totals = invoiceTotals([{ quantityHundredths: 100, unitPriceCents: net!, vatRateBasisPoints: rate }]);
        expect(totals.payableCents).toBe(gross);
      }),
    );
    expect(creditNetForGross(50_000, 810)).toBe(46_253); // 462.53 + 8.1 % = 37.46: 499.99 -> 500.00
    expect(creditNetForGross(50_003, 810)).toBeNull();
    expect(creditNetForGross(0, 810)).toBeNull();
  });
});
