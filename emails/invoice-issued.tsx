import { Text } from "@react-email/components";

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

export function invoiceIssuedSubject(props: InvoiceIssuedEmailProps): string {
  return props.kind === "CREDIT_NOTE" ? `Gutschrift ${props.number}` : `Rechnung ${props.number}: ${props.title}`;
}

export function InvoiceIssuedEmail(props: InvoiceIssuedEmailProps) {
  const credit = props.kind === "CREDIT_NOTE";
  return (
    <EmailLayout preview={invoiceIssuedSubject(props)}>
      <Greeting name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>
        {credit
          ? `Anbei erhalten Sie die Gutschrift ${props.number} für ${props.organisationName}.`
          : `Herzlichen Dank für Ihren Auftrag. Anbei erhalten Sie die Rechnung ${props.number} für ${props.organisationName}, mit dem QR-Einzahlungsschein auf der letzten Seite.`}
      </Text>
      <EventLines
        lines={[
          [credit ? "Gutschrift" : "Rechnung", props.number],
          ["Betrag", props.amount],
          ["Zahlbar bis", props.dueDate || null],
          ["Ihre Bestellnummer", props.purchaseOrderRef || null],
        ]}
      />
      {props.portalUrl ? (
        <>
          <Text style={emailText}>Sie finden die Rechnung auch in Ihrem Kundenportal:</Text>
          <PortalLinkBlock url={props.portalUrl} />
        </>
      ) : null}
      <SignOff sender={props.sender} />
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
