import { Text } from "@react-email/components";

import { EventLines, PortalLinkBlock } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailHeading, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type ProposalAcceptedEmailProps = SignedMailProps &
  GreetedMailProps & {
    contactName: string;
    acceptedByName: string;
    acceptedByRole: string;
    /** "08.12.2026, 14:30" */
    acceptedAt: string;
    title: string;
    version: number;
    reference: string;
    total: string;
    portalUrl: string;
    /** What happens after the acceptance, one step a line. */
    nextSteps: readonly string[];
    /** Unused: the sign-off comes from the business profile; kept for mails queued before. */
    consultantName?: string;
    /** The accepted version, whose PDF is attached at send time. */
    proposalId: string;
  };

export function proposalAcceptedSubject(props: ProposalAcceptedEmailProps): string {
  return `Vielen Dank für Ihre Zusage: ${props.title}`;
}

/** To the client contact after the acceptance in the portal: thanks, the document and the next steps. */
export function ProposalAcceptedEmail(props: ProposalAcceptedEmailProps) {
  return (
    <EmailLayout preview={proposalAcceptedSubject(props)}>
      <Greeting name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>
        {`Herzlichen Dank für Ihr Vertrauen und Ihre Zusage. Ich freue mich sehr auf den Kurs «${props.title}» mit Ihrem Team.`}
      </Text>
      <EventLines
        lines={[
          ["Angenommen", `${props.acceptedAt} von ${props.acceptedByName} (${props.acceptedByRole})`],
          ["Offerte", `Version ${props.version}`],
          ["Total inkl. MWST", props.total],
          ["Referenz", props.reference],
        ]}
      />
      <Text style={emailText}>Die angenommene Offerte liegt dieser Mail als PDF bei.</Text>
      <Text style={emailHeading}>So geht es weiter</Text>
      {props.nextSteps.map((step) => (
        <Text key={step} style={emailText}>{`– ${step}`}</Text>
      ))}
      <Text style={emailText}>
        Die Offerte und alles Weitere zu Ihrem Kurs finden Sie jederzeit in Ihrem Kundenportal:
      </Text>
      <PortalLinkBlock url={props.portalUrl} />
      <SignOff sender={props.sender} />
    </EmailLayout>
  );
}

ProposalAcceptedEmail.PreviewProps = {
  salutation: "MS",
  contactName: "Zoë Müller-Brügger",
  acceptedByName: "Zoë Müller-Brügger",
  acceptedByRole: "Leiterin Fahrzeugzulassung",
  acceptedAt: "08.12.2026, 14:30",
  title: "Schwierige Kundengespräche souverän führen",
  version: 1,
  reference: "ANF-2026-0001",
  total: "CHF 5'188.80",
  portalUrl: "http://localhost:3000/portal/beispiel",
  nextSteps: [
    "Ich melde mich in den nächsten Arbeitstagen bei Ihnen, um die Kursdaten festzulegen.",
    "Sobald die Daten feststehen, erhalten Sie sie per E-Mail mit Kalendereinträgen.",
  ],
  proposalId: "0190f000-0000-7000-8000-000000000001",
} satisfies ProposalAcceptedEmailProps;

export default ProposalAcceptedEmail;
