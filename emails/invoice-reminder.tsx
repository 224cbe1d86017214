import { Text } from "@react-email/components";

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

export function invoiceReminderSubject(props: InvoiceReminderEmailProps): string {
  return props.level === 2
    ? `Mahnung: Rechnung ${props.number} ist noch offen`
    : `Zahlungserinnerung: Rechnung ${props.number}`;
}

export function InvoiceReminderEmail(props: InvoiceReminderEmailProps) {
  const firm = props.level === 2;
  const opening = firm
    ? `Die Rechnung ${props.number} für ${props.organisationName} ist trotz der Zahlungserinnerung${props.previousReminderDate ? ` vom ${props.previousReminderDate}` : ""} noch nicht beglichen.`
    : props.introText.trim() ||
      `Die Rechnung ${props.number} für ${props.organisationName} ist noch offen. Vielleicht ist sie untergegangen: Darf ich Sie freundlich an die Zahlung erinnern?`;
  return (
    <EmailLayout preview={invoiceReminderSubject(props)}>
      <Greeting name={props.contactName} salutation={props.salutation} />
      <Text style={{ ...emailText, whiteSpace: "pre-line" }}>{opening}</Text>
      <EventLines
        lines={[
          ["Rechnung", `${props.number} vom ${props.issueDate}`],
          ["Betreff", props.title],
          ["Rechnungsbetrag", props.payableAmount || null],
          ["Offener Betrag", props.openAmount],
          ["Fällig am", props.dueDate],
          ["Ihre Bestellnummer", props.purchaseOrderRef || null],
          ["Zahlungsreferenz", props.paymentReference || null],
        ]}
      />
      <Text style={{ ...emailText, marginTop: "16px" }}>
        {firm
          ? `Bitte überweisen Sie den offenen Betrag bis ${props.payBy}. Die Rechnung mit dem QR-Einzahlungsschein liegt noch einmal bei.`
          : `Die Rechnung mit dem QR-Einzahlungsschein liegt noch einmal bei. Bitte überweisen Sie den offenen Betrag bis ${props.payBy}.`}
      </Text>
      <Text style={emailText}>
        Hat sich Ihre Zahlung mit dieser Nachricht gekreuzt, betrachten Sie sie bitte als gegenstandslos. Bei Fragen zur
        Rechnung antworten Sie einfach auf diese E-Mail.
      </Text>
      <SignOff sender={props.sender} />
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
