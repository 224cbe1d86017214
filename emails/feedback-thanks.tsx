import { Text } from "@react-email/components";

import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { LinkBlock } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailMuted, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type FeedbackThanksEmailProps = SignedMailProps &
  GreetedMailProps & {
    name: string;
    /** Present when the participant consented to publishing a quote: withdraws that consent. */
    withdrawUrl?: string;
  };

export function feedbackThanksSubject(_props?: unknown, locale?: Locale): string {
  return mailMessages(locale).afterCourse.feedbackThanks.subject;
}

/** To the participant after the feedback; with a quote, the link that withdraws the consent. */
export function FeedbackThanksEmail(props: FeedbackThanksEmailProps & MailLocaleProps) {
  const m = mailMessages(props.locale).afterCourse.feedbackThanks;
  return (
    <EmailLayout locale={props.locale} preview={feedbackThanksSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.name} salutation={props.salutation} />
      <Text style={emailText}>{m.thanks}</Text>
      {props.withdrawUrl ? (
        <>
          <Text style={emailText}>{m.consent}</Text>
          <LinkBlock locale={props.locale} url={props.withdrawUrl} label={m.withdrawButton} />
          <Text style={emailMuted}>{m.keep}</Text>
        </>
      ) : null}
      <SignOff sender={props.sender} locale={props.locale} />
    </EmailLayout>
  );
}

FeedbackThanksEmail.PreviewProps = {
  name: "Jürg Bärtschi",
  withdrawUrl: "http://localhost:3000/rueckmeldung/zurueckziehen/beispiel",
} satisfies FeedbackThanksEmailProps;

export default FeedbackThanksEmail;
