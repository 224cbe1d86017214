import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

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

export function proposalAcceptedSubject(props: ProposalAcceptedEmailProps, locale?: Locale): string {
  return fill(mailMessages(locale).proposals.accepted.subject, { title: props.title });
}

/** To the client contact after the acceptance in the portal: thanks, the document and the next steps. */
export function ProposalAcceptedEmail(props: ProposalAcceptedEmailProps & MailLocaleProps) {
  const { common } = mailMessages(props.locale);
  const m = mailMessages(props.locale).proposals.accepted;
  return (
    <EmailLayout locale={props.locale} preview={proposalAcceptedSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>{fill(m.intro, { title: props.title })}</Text>
      <EventLines
        lines={[
          [
            m.acceptedLabel,
            fill(m.accepted, { at: props.acceptedAt, name: props.acceptedByName, role: props.acceptedByRole }),
          ],
          [m.proposalLabel, fill(m.version, { version: props.version })],
          [common.line.totalInclVat, props.total],
          [common.line.reference, props.reference],
        ]}
      />
      <Text style={emailText}>{m.pdf}</Text>
      <Text style={emailHeading}>{m.nextHeading}</Text>
      {props.nextSteps.map((step) => (
        <Text key={step} style={emailText}>
          {fill(m.step, { step })}
        </Text>
      ))}
      <Text style={emailText}>{m.portal}</Text>
      <PortalLinkBlock locale={props.locale} url={props.portalUrl} />
      <SignOff sender={props.sender} locale={props.locale} />
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
