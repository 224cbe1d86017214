import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { EventLines } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type InvoiceReminderEmailProps = SignedMailProps &
  GreetedMailProps & {
    /** 1: the friendly reminder, 2: the firm one (decision 0030). */
    level: 1 | 2;
    contactName: string;
    organisationName: string;
    number: string;
    title: string;
    /** "07.12.2026" */
    issueDate: string;
    /** The last day to pay, in words: "Mittwoch, 6. Januar 2027". */
    dueDate: string;
    /** What is still open, as shown: "CHF 5'383.40". */
    openAmount: string;
    /** The invoice's total, when part of it was paid or credited; else empty. */
    payableAmount: string;
    /** The new last day to pay, in words. */
    payBy: string;
    /** The day the friendly reminder went out ("18.01.2027"); only in the firm one. */
    previousReminderDate: string;
    purchaseOrderRef: string;
    /** The QR or creditor reference of the QR-bill. */
    paymentReference: string;
    /** The reminder text block of the business profile; the friendly reminder opens with it. */
    introText: string;
    /** The issued invoice whose PDF is rendered and attached at send time (decision 0022). */
    invoiceId: string;
  };

export function invoiceReminderSubject(props: InvoiceReminderEmailProps, locale?: Locale): string {
  const subject = mailMessages(locale).invoices.reminder.subject;
  return fill(props.level === 2 ? subject.firm : subject.friendly, { number: props.number });
}

export function InvoiceReminderEmail(props: InvoiceReminderEmailProps & MailLocaleProps) {
  const firm = props.level === 2;
  const m = mailMessages(props.locale).invoices.reminder;
  const invoice = { number: props.number, organisation: props.organisationName };
  const opening = firm
    ? fill(m.firm, {
        ...invoice,
        previous: props.previousReminderDate ? fill(m.previous, { date: props.previousReminderDate }) : "",
      })
    : props.introText.trim() || fill(m.friendly, invoice);
  return (
    <EmailLayout locale={props.locale} preview={invoiceReminderSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.contactName} salutation={props.salutation} />
      <Text style={{ ...emailText, whiteSpace: "pre-line" }}>{opening}</Text>
      <EventLines
        lines={[
          [m.invoiceLabel, fill(m.invoice, { number: props.number, issueDate: props.issueDate })],
          [m.subjectLabel, props.title],
          [m.invoiceAmount, props.payableAmount || null],
          [m.openAmount, props.openAmount],
          [m.due, props.dueDate],
          [m.purchaseOrder, props.purchaseOrderRef || null],
          [m.paymentReference, props.paymentReference || null],
        ]}
      />
      <Text style={{ ...emailText, marginTop: "16px" }}>
        {fill(firm ? m.payFirm : m.payFriendly, { payBy: props.payBy })}
      </Text>
      <Text style={emailText}>{m.crossed}</Text>
      <SignOff sender={props.sender} locale={props.locale} />
    </EmailLayout>
  );
}

InvoiceReminderEmail.PreviewProps = {
  level: 1,
  salutation: "MS",
  contactName: "Zoë Müller-Brügger",
  organisationName: "Strassenverkehrsamt Bern",
  number: "RE-2026-0001",
  title: "Rechnung «Schwierige Kundengespräche souverän führen»",
  issueDate: "07.12.2026",
  dueDate: "Mittwoch, 6. Januar 2027",
  openAmount: "CHF 5'383.40",
  payableAmount: "",
  payBy: "Donnerstag, 28. Januar 2027",
  previousReminderDate: "",
  purchaseOrderRef: "BE-4500123456",
  paymentReference: "000000000000000000202600013",
  introText: "Wir erlauben uns, Sie an die folgende offene Rechnung zu erinnern.",
  invoiceId: "0190f000-0000-7000-8000-000000000002",
} satisfies InvoiceReminderEmailProps;

export default InvoiceReminderEmail;
