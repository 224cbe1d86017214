import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import type { IcsEvent } from "@/lib/ics";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { EventLines, LinkBlock, PortalLinkBlock } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type EngagementStatusEmailProps = SignedMailProps &
  GreetedMailProps & {
    stage: "DATES_SET" | "HELD";
    contactName: string;
    title: string;
    reference: string;
    /** One line per course day: "30.03.2027, 08:30–16:30, Bern, Schulungsraum". */
    days: readonly string[];
    /** One calendar entry per course day (dates set only); attached as .ics files. */
    calendar?: readonly IcsEvent[];
    portalUrl: string;
    /** The team's registration link (decision 0031): the client contact passes it on to the participants. */
    registrationUrl?: string;
    /** Unused: the sign-off comes from the business profile; kept for mails queued before. */
    consultantName?: string;
  };

export function engagementStatusSubject(props: EngagementStatusEmailProps, locale?: Locale): string {
  return fill(mailMessages(locale).proposals.engagement.subject[props.stage], { title: props.title });
}

/** To the client contact when the engagement reaches a stage that matters to them. */
export function EngagementStatusEmail(props: EngagementStatusEmailProps & MailLocaleProps) {
  const datesSet = props.stage === "DATES_SET";
  const { common } = mailMessages(props.locale);
  const m = mailMessages(props.locale).proposals.engagement;
  return (
    <EmailLayout locale={props.locale} preview={engagementStatusSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>{fill(m.intro[props.stage], { title: props.title })}</Text>
      <EventLines
        lines={[
          ...props.days.map((day, index): [string, string] => [fill(common.line.day, { number: index + 1 }), day]),
          [common.line.reference, props.reference],
        ]}
      />
      <Text style={emailText}>{m.portal[props.stage]}</Text>
      <PortalLinkBlock locale={props.locale} url={props.portalUrl} />
      {datesSet && props.registrationUrl ? (
        <>
          <Text style={emailText}>{m.registration}</Text>
          <LinkBlock locale={props.locale} url={props.registrationUrl} label={m.registrationButton} />
        </>
      ) : null}
      <SignOff sender={props.sender} locale={props.locale} />
    </EmailLayout>
  );
}

EngagementStatusEmail.PreviewProps = {
  salutation: "MS",
  stage: "DATES_SET",
  contactName: "Zoë Müller-Brügger",
  title: "Schwierige Kundengespräche souverän führen",
  reference: "ANF-2026-0001",
  days: ["30.03.2027, 08:30–16:30, Bern, Schulungsraum", "31.03.2027, 08:30–16:30, Bern, Schulungsraum"],
  portalUrl: "http://localhost:3000/portal/beispiel",
  registrationUrl: "http://localhost:3000/anmeldung/beispiel",
} satisfies EngagementStatusEmailProps;

export default EngagementStatusEmail;
