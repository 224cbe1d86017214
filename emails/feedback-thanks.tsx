import { Text } from "@react-email/components";

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

export function feedbackThanksSubject(): string {
  return "Herzlichen Dank für Ihre Rückmeldung";
}

/** To the participant after the feedback; with a quote, the link that withdraws the consent. */
export function FeedbackThanksEmail(props: FeedbackThanksEmailProps) {
  return (
    <EmailLayout preview={feedbackThanksSubject()}>
      <Greeting name={props.name} salutation={props.salutation} />
      <Text style={emailText}>
        Herzlichen Dank, dass Sie sich die Zeit für Ihre Rückmeldung genommen haben. Sie hilft mir, den Kurs
        weiterzuentwickeln.
      </Text>
      {props.withdrawUrl ? (
        <>
          <Text style={emailText}>
            Sie haben zugestimmt, dass ich Ihr Zitat auf meiner Website veröffentlichen darf. Diese Zustimmung können
            Sie jederzeit zurückziehen; das Zitat wird dann sofort von der Website entfernt.
          </Text>
          <LinkBlock url={props.withdrawUrl} label="Zustimmung zurückziehen" />
          <Text style={emailMuted}>Bitte bewahren Sie diese Mail auf, solange das Zitat veröffentlicht sein darf.</Text>
        </>
      ) : null}
      <SignOff sender={props.sender} />
    </EmailLayout>
  );
}

FeedbackThanksEmail.PreviewProps = {
  name: "Jürg Bärtschi",
  withdrawUrl: "http://localhost:3000/rueckmeldung/zurueckziehen/beispiel",
} satisfies FeedbackThanksEmailProps;

export default FeedbackThanksEmail;
