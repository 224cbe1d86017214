import { Text } from "@react-email/components";

import { formatDeadline } from "@/lib/format";

import { LinkBlock } from "./event-details";
import { EmailLayout, emailMuted, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

/**
 * Only what the app itself wrote: nobody has confirmed that the address belongs to the visitor,
 * so nothing the visitor typed (name, organisation, message, situations) goes out, or the form
 * would relay anyone's text to anyone from the consultant's domain (decision 0018).
 */
export type InquiryConfirmationEmailProps = SignedMailProps & {
  reference: string;
  responseDueAt: string;
  /** The call booking, tied to this inquiry by a token (/erstgespraech?anfrage=<token>). */
  bookCallUrl: string;
};

export function inquiryConfirmationSubject(props: InquiryConfirmationEmailProps): string {
  return `Ihre Anfrage ${props.reference} ist eingegangen`;
}

/** To the requester: the reference, what happens next and by when, and the call booking. */
export function InquiryConfirmationEmail(props: InquiryConfirmationEmailProps) {
  return (
    <EmailLayout preview={inquiryConfirmationSubject(props)}>
      <Text style={emailText}>Guten Tag</Text>
      <Text style={emailText}>Herzlichen Dank für Ihre Anfrage. Sie ist gut angekommen und geht nicht verloren.</Text>
      <Text style={emailText}>
        <strong>Ihre Referenznummer:</strong> {props.reference}
      </Text>
      <Text style={{ ...emailText, fontWeight: 700 }}>So geht es weiter</Text>
      <Text style={emailText}>
        {`Ich lese Ihre Angaben persönlich und melde mich bis ${formatDeadline(new Date(props.responseDueAt))} bei Ihnen, per E-Mail oder am Telefon. Gemeinsam klären wir, wo Ihr Team steht und was der Kurs bewirken soll; danach erhalten Sie eine auf Ihr Team zugeschnittene Offerte.`}
      </Text>
      <Text style={{ ...emailText, marginTop: "24px" }}>
        Möchten Sie lieber gleich einen Termin für ein kostenloses, unverbindliches Erstgespräch wählen?
      </Text>
      <LinkBlock url={props.bookCallUrl} label="Erstgespräch buchen" />
      <Text style={emailMuted}>
        {`Bitte geben Sie bei Fragen die Referenznummer ${props.reference} an. Sie können direkt auf diese E-Mail antworten. Haben Sie keine Anfrage gestellt, können Sie diese E-Mail löschen.`}
      </Text>
      <SignOff sender={props.sender} />
    </EmailLayout>
  );
}

InquiryConfirmationEmail.PreviewProps = {
  reference: "ANF-2026-0001",
  responseDueAt: "2026-12-01T15:00:00.000Z",
  bookCallUrl: "http://localhost:3000/erstgespraech?anfrage=beispiel",
} satisfies InquiryConfirmationEmailProps;

export default InquiryConfirmationEmail;
