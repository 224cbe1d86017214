import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { EventLines, PortalLinkBlock } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type InvoiceIssuedEmailProps = SignedMailProps &
  GreetedMailProps & {
    contactName: string;
    organisationName: string;
    kind: "INVOICE" | "CREDIT_NOTE";
    number: string;
    title: string;
    /** As shown, e.g. "CHF 2'594.40". */
    amount: string;
    /** "06.01.2027"; empty for a credit note. */
    dueDate: string;
    purchaseOrderRef: string;
    /** A fresh portal link where the client finds the invoice; absent for a free invoice without one. */
    portalUrl?: string;
    /** The issued invoice whose PDF is rendered and attached at send time (decision 0022). */
    invoiceId: string;
  };

export function invoiceIssuedSubject(props: InvoiceIssuedEmailProps, locale?: Locale): string {
  return fill(mailMessages(locale).invoices.issued.subject[props.kind], { number: props.number, title: props.title });
}

export function InvoiceIssuedEmail(props: InvoiceIssuedEmailProps & MailLocaleProps) {
  const m = mailMessages(props.locale).invoices.issued;
  return (
    <EmailLayout locale={props.locale} preview={invoiceIssuedSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>
        {fill(m.intro[props.kind], { number: props.number, organisation: props.organisationName })}
      </Text>
      <EventLines
        lines={[
          [m.documentLabel[props.kind], props.number],
          [m.amount, props.amount],
          [m.payableBy, props.dueDate || null],
          [m.purchaseOrder, props.purchaseOrderRef || null],
        ]}
      />
      {props.portalUrl ? (
        <>
          <Text style={emailText}>{m.portal}</Text>
          <PortalLinkBlock locale={props.locale} url={props.portalUrl} />
        </>
      ) : null}
      <SignOff sender={props.sender} locale={props.locale} />
    </EmailLayout>
  );
}

InvoiceIssuedEmail.PreviewProps = {
  contactName: "Zoë Müller-Brügger",
  organisationName: "Strassenverkehrsamt Bern",
  kind: "INVOICE",
  number: "RE-2026-0001",
  title: "Rechnung «Schwierige Kundengespräche souverän führen»",
  amount: "CHF 5'383.40",
  dueDate: "06.01.2027",
  purchaseOrderRef: "BE-4500123456",
  portalUrl: "http://localhost:3000/portal/beispiel",
  invoiceId: "0190f000-0000-7000-8000-000000000002",
} satisfies InvoiceIssuedEmailProps;

export default InvoiceIssuedEmail;
