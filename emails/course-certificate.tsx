import { Text } from "@react-email/components";

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

export function courseCertificateSubject(props: CourseCertificateEmailProps): string {
  return `Ihre Kursbestätigung: ${props.courseTitle}`;
}

/** To each participant who attended, after the last course day: the certificate and the feedback link. */
export function CourseCertificateEmail(props: CourseCertificateEmailProps) {
  return (
    <EmailLayout preview={courseCertificateSubject(props)}>
      <Greeting name={props.name} salutation={props.salutation} />
      <Text style={emailText}>
        {`Herzlichen Dank für Ihre Teilnahme am Kurs «${props.courseTitle}». Sie haben ${props.attendance} teilgenommen; Ihre Kursbestätigung liegt dieser Mail als PDF bei.`}
      </Text>
      {props.feedbackUrl ? (
        <>
          <Text style={emailText}>
            Wie hat Ihnen der Kurs geholfen? Ihre Rückmeldung dauert etwa fünf Minuten und hilft mir, den Kurs
            weiterzuentwickeln. Sie können auch anonym antworten.
          </Text>
          <LinkBlock url={props.feedbackUrl} label="Rückmeldung geben" />
          <Text style={emailMuted}>Der Link ist persönlich und gilt für eine Rückmeldung.</Text>
        </>
      ) : null}
      <SignOff sender={props.sender} />
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
