import { Text } from "@react-email/components";

import { sampleSession, SessionLines, type SessionSummary } from "./booking-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type SessionReminderEmailProps = SignedMailProps & GreetedMailProps & { name: string; session: SessionSummary };

export function sessionReminderSubject(props: SessionReminderEmailProps): string {
  return `Erinnerung: ${props.session.courseTitle}`;
}

export function SessionReminderEmail(props: SessionReminderEmailProps) {
  return (
    <EmailLayout preview={sessionReminderSubject(props)}>
      <Greeting name={props.name} salutation={props.salutation} />
      <Text style={emailText}>Bald ist es so weit. Ich freue mich auf den Kurs mit Ihnen:</Text>
      <SessionLines session={props.session} />
      <SignOff sender={props.sender} />
    </EmailLayout>
  );
}

SessionReminderEmail.PreviewProps = {
  salutation: "MR",
  name: "Jürg Bärtschi",
  session: sampleSession,
} satisfies SessionReminderEmailProps;

export default SessionReminderEmail;
