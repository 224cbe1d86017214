import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

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

export function proposalSentSubject(props: ProposalSentEmailProps, locale?: Locale): string {
  const subject = mailMessages(locale).proposals.sent.subject;
  return fill(props.version > 1 ? subject.revised : subject.first, { title: props.title, version: props.version });
}

export function ProposalSentEmail(props: ProposalSentEmailProps & MailLocaleProps) {
  const { common } = mailMessages(props.locale);
  const m = mailMessages(props.locale).proposals.sent;
  return (
    <EmailLayout locale={props.locale} preview={proposalSentSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>{props.version > 1 ? m.intro.revised : m.intro.first}</Text>
      <EventLines
        lines={[
          [common.line.course, props.title],
          [common.line.totalInclVat, props.total],
          [m.validUntil, props.validUntil],
          [common.line.reference, props.reference],
        ]}
      />
      <Text style={emailText}>{props.proposalId ? m.withPdf : m.withoutPdf}</Text>
      <LinkBlock locale={props.locale} url={props.portalUrl} label={m.button} />
      <Text style={emailMuted}>{fill(m.linkNote, { linkValidUntil: props.linkValidUntil })}</Text>
      <SignOff sender={props.sender} locale={props.locale} />
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
