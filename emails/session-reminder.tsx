import { Text } from "@react-email/components";

import { sampleSession, SessionLines, type SessionSummary } from "./booking-details";
import { EmailLayout, emailText } from "./layout";

export type SessionReminderEmailProps = { name: string; session: SessionSummary };

export function sessionReminderSubject(props: SessionReminderEmailProps): string {
  return `Erinnerung: ${props.session.courseTitle}`;
}

export function SessionReminderEmail(props: SessionReminderEmailProps) {
  return (
    <EmailLayout preview={sessionReminderSubject(props)}>
      <Text style={emailText}>{`Grüezi ${props.name}`}</Text>
      <Text style={emailText}>Bald ist es so weit. Ich freue mich auf den Kurs mit Ihnen:</Text>
      <SessionLines session={props.session} />
    </EmailLayout>
  );
}

SessionReminderEmail.PreviewProps = {
  name: "Jürg Bärtschi",
  session: sampleSession,
} satisfies SessionReminderEmailProps;

export default SessionReminderEmail;
