// Payment reminders against PostgreSQL (decision 0030): the daily job sends the 1st and the 2nd
// reminder after the configured days, each once however often it runs, none for a paid or credited
// invoice; the consultant sends the next one by hand; the mail greets formally, names the open
// amount and the due date in words, carries the invoice's PDF and arrives over real SMTP.
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { systemActor, userActor } from "@/lib/db/actor";
import {
  createCreditNote,
  createInvoiceFromProposal,
  issueInvoice,
  recordPayment,
  sendDueInvoiceReminders,
  sendInvoiceReminder,
} from "@/lib/invoicing/service";
import { renderOutboxMessage } from "@/lib/mail/render";

import { rejection } from "../setup/app-error";
import { setBusinessProfile } from "../setup/business-profile-fixtures";
import { acceptedProposal } from "../setup/invoice-fixtures";
import { runJobs, smtpTransport } from "../setup/jobs";
import { seededOwnerPerFile } from "../setup/seeded-owner";
import { smtpSinksPerTest } from "../setup/smtp-sink";

const db = () => getDb();
const owner = seededOwnerPerFile();
const actor = () => userActor(owner);
const job = systemActor("invoice-reminders");
const ISSUED_AT = new Date("2026-12-07T10:00:00Z"); // due 2027-01-06 with 30 days
const at = (day: string) => new Date(`${day}T07:37:00Z`);
const settings = { reminderDays: [10, 20] };
const startSink = smtpSinksPerTest();

beforeAll(async () => {
  await setBusinessProfile(db());
});

async function issuedInvoice(organisationName: string) {
  const { inquiry, proposalId } = await acceptedProposal(db(), owner, organisationName);
  await db().inquiry.update({ where: { id: inquiry.id }, data: { salutation: "MS" } });
  const { invoiceId } = await createInvoiceFromProposal(db(), actor(), { proposalId, share: "FULL" }, ISSUED_AT);
  await db().invoice.update({
    where: { id: invoiceId },
    data: { buyerStreet: "Reiterstrasse", buyerHouseNumber: "11", buyerPostcode: "3011", buyerCity: "Bern" },
  });
  const { number } = await issueInvoice(db(), actor(), { invoiceId }, ISSUED_AT);
  return { inquiry, invoiceId, number };
}

const remindersOf = (invoiceId: string) =>
  db().invoiceReminder.findMany({ where: { invoiceId }, orderBy: { level: "asc" } });

const reminderMails = (invoiceId: string) =>
  db().outboxMessage.findMany({
    where: { idempotencyKey: { startsWith: `invoice:${invoiceId}:reminder:` } },
    orderBy: { createdAt: "asc" },
  });

describe("the daily reminder job", () => {
  it("sends the 1st reminder once however often it runs, then the 2nd, each with its mail and audit row", async () => {
    const { inquiry, invoiceId, number } = await issuedInvoice("Amt für Kultur Basel");

    await sendDueInvoiceReminders(db(), job, settings, at("2027-01-15"));
    expect(await remindersOf(invoiceId)).toHaveLength(0);

    await sendDueInvoiceReminders(db(), job, settings, at("2027-01-16"));
    await sendDueInvoiceReminders(db(), job, settings, new Date("2027-01-16T15:00:00Z"));
    await sendDueInvoiceReminders(db(), job, settings, at("2027-01-20"));
    expect(await remindersOf(invoiceId)).toMatchObject([{ level: 1, manual: false, openCents: 538_340 }]);
    const mails = await reminderMails(invoiceId);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: "invoice-reminder", recipient: inquiry.email, inquiryId: inquiry.id });
    expect(await db().auditLog.count({ where: { action: "invoice.reminder-sent", entityId: invoiceId } })).toBe(1);

    const friendly = await renderOutboxMessage(mails[0]!);
    expect(friendly.subject).toBe(`Zahlungserinnerung: Rechnung ${number}`);
    expect(friendly.text).toContain("Guten Tag Frau Müller-Brügger");
    expect(friendly.text).toContain("Wir erinnern Sie freundlich an die folgende Rechnung.");
    expect(friendly.text).toContain("Offener Betrag: CHF 5'383.40");
    expect(friendly.text).toContain("Fällig am: Mittwoch, 6. Januar");
    expect(friendly.text).toContain("bis Dienstag, 26. Januar");
    expect(friendly.text).toContain("Freundliche Grüsse");
    expect(friendly.text).toContain("Markus Beispiel");

    await sendDueInvoiceReminders(db(), job, settings, at("2027-01-25"));
    expect(await remindersOf(invoiceId)).toHaveLength(1);
    await sendDueInvoiceReminders(db(), job, settings, at("2027-01-26"));
    await sendDueInvoiceReminders(db(), job, settings, at("2027-02-26"));
    expect((await remindersOf(invoiceId)).map((reminder) => reminder.level)).toEqual([1, 2]);
    const firm = await renderOutboxMessage((await reminderMails(invoiceId))[1]!);
    expect(firm.subject).toBe(`Mahnung: Rechnung ${number} ist noch offen`);
    expect(firm.text).toContain("trotz der Zahlungserinnerung vom 16.01.2027 noch nicht beglichen");
  });

  it("sends nothing for an invoice that is paid or credited, and names only what is still open", async () => {
    const paid = await issuedInvoice("Gemeinde Muri bei Bern");
    const credited = await issuedInvoice("Kirchgemeinde Thun");
    const partly = await issuedInvoice("Amt für Wald Bern");
    await recordPayment(db(), actor(), { invoiceId: paid.invoiceId, paidOn: "2027-01-20", amount: 538_340, note: "" });
    await createCreditNote(db(), actor(), { invoiceId: credited.invoiceId, reason: "Kurs abgesagt." }, ISSUED_AT);
    await recordPayment(db(), actor(), {
      invoiceId: partly.invoiceId,
      paidOn: "2027-01-10",
      amount: 38_340,
      note: "",
    });

    await sendDueInvoiceReminders(db(), job, settings, at("2027-03-01"));
    await sendDueInvoiceReminders(db(), job, settings, at("2027-04-01"));
    expect(await remindersOf(paid.invoiceId)).toHaveLength(0);
    expect(await remindersOf(credited.invoiceId)).toHaveLength(0);
    expect((await remindersOf(partly.invoiceId)).map((reminder) => [reminder.level, reminder.openCents])).toEqual([
      [1, 500_000],
      [2, 500_000],
    ]);
    const mail = await renderOutboxMessage((await reminderMails(partly.invoiceId))[0]!);
    expect(mail.text).toContain("Rechnungsbetrag: CHF 5'383.40");
    expect(mail.text).toContain("Offener Betrag: CHF 5'000.00");
    // By hand neither: the invoice is settled.
    const refused = await rejection(
      sendInvoiceReminder(db(), actor(), { invoiceId: paid.invoiceId, level: 1 }, at("2027-03-01")),
    );
    expect(refused.message).toBe("Diese Rechnung ist bezahlt oder gutgeschrieben; eine Erinnerung entfällt.");
  });

  it("delivers one mail with the invoice's PDF over SMTP when the job ran twice", async () => {
    const { invoiceId, number } = await issuedInvoice("Staatskanzlei Solothurn");
    await sendDueInvoiceReminders(db(), job, settings, at("2027-01-16"));
    await sendDueInvoiceReminders(db(), job, settings, at("2027-01-16"));
    const sink = await startSink();
    await runJobs(smtpTransport(sink.url));
    await runJobs(smtpTransport(sink.url));
    const subject = `Zahlungserinnerung: Rechnung ${number}`;
    const received = sink.messages.filter((message) => message.subject === subject);
    expect(received).toHaveLength(1);
    const pdf = received[0]!.attachments.find((attachment) => attachment.contentType === "application/pdf");
    expect(pdf?.filename).toBe(`Rechnung-${number}.pdf`);
    expect(pdf!.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(
      await db().outboxMessage.findFirst({ where: { idempotencyKey: `invoice:${invoiceId}:reminder:1` } }),
    ).toMatchObject({ status: "SENT" });
  });
});

describe("a reminder by hand", () => {
  it("sends the next level once the invoice is overdue, and a second click sends nothing more", async () => {
    const { invoiceId } = await issuedInvoice("Amt für Umwelt Solothurn");
    const early = await rejection(sendInvoiceReminder(db(), actor(), { invoiceId, level: 1 }, at("2027-01-06")));
    expect(early.message).toBe("Diese Rechnung ist noch nicht überfällig oder wurde bereits gemahnt.");

    expect(await sendInvoiceReminder(db(), actor(), { invoiceId, level: 1 }, at("2027-01-08"))).toEqual({ level: 1 });
    const again = await rejection(sendInvoiceReminder(db(), actor(), { invoiceId, level: 1 }, at("2027-01-08")));
    expect(again.message).toBe("Die Zahlungserinnerung zu dieser Rechnung ist bereits versandt.");
    expect(await remindersOf(invoiceId)).toMatchObject([{ level: 1, manual: true, sentById: owner.id }]);

    // The job keeps the gap after a reminder sent by hand: the 2nd waits for the 20th day.
    await sendDueInvoiceReminders(db(), job, settings, at("2027-01-25"));
    expect(await remindersOf(invoiceId)).toHaveLength(1);
    await sendInvoiceReminder(db(), actor(), { invoiceId, level: 2 }, at("2027-01-12"));
    const both = await remindersOf(invoiceId);
    expect(both.map((reminder) => reminder.level)).toEqual([1, 2]);
    const third = await rejection(sendInvoiceReminder(db(), actor(), { invoiceId, level: 2 }, at("2027-02-12")));
    expect(third.code).toBe("CONFLICT");
    expect(await reminderMails(invoiceId)).toHaveLength(2);
  });

  it("sends concurrent clicks on the same level once", async () => {
    const { invoiceId } = await issuedInvoice("Amt für Gemeinden Luzern");
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => sendInvoiceReminder(db(), actor(), { invoiceId, level: 1 }, at("2027-01-20"))),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await reminderMails(invoiceId)).toHaveLength(1);
  });
});
