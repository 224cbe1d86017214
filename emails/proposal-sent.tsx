import { Text } from "@react-email/components";

import { EventLines, LinkBlock } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailMuted, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type ProposalSentEmailProps = SignedMailProps &
  GreetedMailProps & {
    contactName: string;
    organisationName: string;
    title: string;
    version: number;
    reference: string;
    /** CHF amount as shown, e.g. "CHF 5'188.80". */
    total: string;
    validUntil: string;
    portalUrl: string;
    linkValidUntil: string;
    /** Unused: the sign-off comes from the business profile; kept for mails queued before. */
    consultantName?: string;
    /** The frozen version whose PDF is attached at send time; absent in mails queued before. */
    proposalId?: string;
  };

export function proposalSentSubject(props: ProposalSentEmailProps): string {
  return props.version > 1
    ? `Überarbeitete Offerte: ${props.title} (Version ${props.version})`
    : `Ihre Offerte: ${props.title}`;
}

export function ProposalSentEmail(props: ProposalSentEmailProps) {
  return (
    <EmailLayout preview={proposalSentSubject(props)}>
      <Greeting name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>
        {props.version > 1
          ? "Wie besprochen sende ich Ihnen die überarbeitete Fassung meiner Offerte."
          : "Herzlichen Dank für Ihre Anfrage. Gerne sende ich Ihnen meine Offerte für einen Kurs, der auf Ihr Team zugeschnitten ist."}
      </Text>
      <EventLines
        lines={[
          ["Kurs", props.title],
          ["Total inkl. MWST", props.total],
          ["Gültig bis", props.validUntil],
          ["Referenz", props.reference],
        ]}
      />
      <Text style={emailText}>
        {props.proposalId
          ? "Die Offerte liegt dieser Mail als PDF bei. Unter dem folgenden Link sehen Sie sie ebenfalls mit Zielen, Programm und Preis, können sie online annehmen oder mir Änderungswünsche mitteilen."
          : "Unter dem folgenden Link sehen Sie die ganze Offerte mit Zielen, Programm und Preis, können sie als PDF herunterladen, online annehmen oder mir Änderungswünsche mitteilen."}
      </Text>
      <LinkBlock url={props.portalUrl} label="Offerte ansehen" />
      <Text style={emailMuted}>
        {`Der Link ist persönlich und bis ${props.linkValidUntil} gültig. Bitte leiten Sie ihn nur an Personen weiter, die über die Offerte entscheiden.`}
      </Text>
      <SignOff sender={props.sender} />
    </EmailLayout>
  );
}

ProposalSentEmail.PreviewProps = {
  salutation: "MS",
  contactName: "Zoë Müller-Brügger",
  organisationName: "Strassenverkehrsamt Bern",
  title: "Schwierige Kundengespräche souverän führen",
  version: 1,
  reference: "ANF-2026-0001",
  total: "CHF 5'188.80",
  validUntil: "27.12.2026",
  portalUrl: "http://localhost:3000/portal/beispiel",
  linkValidUntil: "27.03.2027",
  proposalId: "0190f000-0000-7000-8000-000000000001",
} satisfies ProposalSentEmailProps;

export default ProposalSentEmail;
