import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { sampleSession, SessionLines, type SessionSummary } from "./booking-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type SessionReminderEmailProps = SignedMailProps & GreetedMailProps & { name: string; session: SessionSummary };

export function sessionReminderSubject(props: SessionReminderEmailProps, locale?: Locale): string {
  return fill(mailMessages(locale).bookings.reminder.subject, { course: props.session.courseTitle });
}

export function SessionReminderEmail(props: SessionReminderEmailProps & MailLocaleProps) {
  return (
    <EmailLayout locale={props.locale} preview={sessionReminderSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.name} salutation={props.salutation} />
      <Text style={emailText}>{mailMessages(props.locale).bookings.reminder.intro}</Text>
      <SessionLines locale={props.locale} session={props.session} />
      <SignOff sender={props.sender} locale={props.locale} />
    </EmailLayout>
  );
}

SessionReminderEmail.PreviewProps = {
  salutation: "MR",
  name: "Jürg Bärtschi",
  session: sampleSession,
} satisfies SessionReminderEmailProps;

export default SessionReminderEmail;
