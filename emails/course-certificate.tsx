import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { LinkBlock } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailMuted, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type CourseCertificateEmailProps = SignedMailProps &
  GreetedMailProps & {
    name: string;
    courseTitle: string;
    /** "an 1 von 2 Tagen" */
    attendance: string;
    /** The run and the participant whose certificate is attached at send time (decision 0027). */
    runKey: string;
    participantKey: string;
    /** The participant's single-use feedback link; absent in mails queued without one. */
    feedbackUrl?: string;
  };

export function courseCertificateSubject(props: CourseCertificateEmailProps, locale?: Locale): string {
  return fill(mailMessages(locale).afterCourse.certificate.subject, { course: props.courseTitle });
}

/** To each participant who attended, after the last course day: the certificate and the feedback link. */
export function CourseCertificateEmail(props: CourseCertificateEmailProps & MailLocaleProps) {
  const m = mailMessages(props.locale).afterCourse.certificate;
  return (
    <EmailLayout locale={props.locale} preview={courseCertificateSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.name} salutation={props.salutation} />
      <Text style={emailText}>{fill(m.intro, { course: props.courseTitle, attendance: props.attendance })}</Text>
      {props.feedbackUrl ? (
        <>
          <Text style={emailText}>{m.feedback}</Text>
          <LinkBlock locale={props.locale} url={props.feedbackUrl} label={m.feedbackButton} />
          <Text style={emailMuted}>{m.feedbackNote}</Text>
        </>
      ) : null}
      <SignOff sender={props.sender} locale={props.locale} />
    </EmailLayout>
  );
}

CourseCertificateEmail.PreviewProps = {
  name: "Jürg Bärtschi",
  courseTitle: "Schwierige Kundengespräche souverän führen",
  attendance: "an allen 2 Kurstagen",
  runKey: "session:0190f000-0000-7000-8000-000000000001",
  participantKey: "mail:juerg@example.ch",
  feedbackUrl: "http://localhost:3000/rueckmeldung/beispiel",
} satisfies CourseCertificateEmailProps;

export default CourseCertificateEmail;
