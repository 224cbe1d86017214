import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { LinkBlock } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailMuted, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type FollowUpCheckEmailProps = SignedMailProps &
  GreetedMailProps & {
    contactName: string;
    courseTitle: string;
    url: string;
  };

export function followUpCheckSubject(props: FollowUpCheckEmailProps, locale?: Locale): string {
  return fill(mailMessages(locale).afterCourse.followUp.subject, { course: props.courseTitle });
}

/** Some weeks after the course, to the client contact: three short questions on the transfer. */
export function FollowUpCheckEmail(props: FollowUpCheckEmailProps & MailLocaleProps) {
  const m = mailMessages(props.locale).afterCourse.followUp;
  return (
    <EmailLayout locale={props.locale} preview={followUpCheckSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>{fill(m.intro, { course: props.courseTitle })}</Text>
      <Text style={emailText}>{m.questions}</Text>
      <LinkBlock locale={props.locale} url={props.url} label={m.button} />
      <Text style={emailMuted}>{m.note}</Text>
      <SignOff sender={props.sender} locale={props.locale} />
    </EmailLayout>
  );
}

FollowUpCheckEmail.PreviewProps = {
  contactName: "Zoë Müller-Brügger",
  courseTitle: "Schwierige Kundengespräche souverän führen",
  url: "http://localhost:3000/nachbereitung/beispiel",
} satisfies FollowUpCheckEmailProps;

export default FollowUpCheckEmail;
