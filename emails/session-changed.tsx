import { Text } from "@react-email/components";

import type { IcsEvent } from "@/lib/ics";

import { sampleSession, SessionLines, type SessionSummary } from "./booking-details";
import { formatRange } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, Paragraphs, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type SessionChangedEmailProps = SignedMailProps &
  GreetedMailProps & {
    change: "MOVED" | "CANCELLED";
    name: string;
    session: SessionSummary;
    previous?: SessionSummary;
    message: string;
    ics?: IcsEvent;
    /** A course run's entries, one per day (decision 0037). */
    calendar?: readonly IcsEvent[];
  };

export function sessionChangedSubject(props: SessionChangedEmailProps): string {
  return props.change === "MOVED"
    ? `Termin geändert: ${props.session.courseTitle}`
    : `Termin abgesagt: ${props.session.courseTitle}`;
}

export function SessionChangedEmail(props: SessionChangedEmailProps) {
  return (
    <EmailLayout preview={sessionChangedSubject(props)}>
      <Greeting name={props.name} salutation={props.salutation} />
      <Text style={emailText}>
        {props.change === "MOVED"
          ? `Der Kurstermin hat sich geändert${props.previous ? ` (bisher ${formatRange(props.previous.startsAt, props.previous.endsAt)}, ${props.previous.location})` : ""}. Neu gilt:`
          : "Leider muss ich diesen Kurstermin absagen. Ihre Buchung ist damit aufgehoben:"}
      </Text>
      <SessionLines session={props.session} />
      {props.message ? <Paragraphs text={props.message} /> : null}
      <SignOff sender={props.sender} />
    </EmailLayout>
  );
}

SessionChangedEmail.PreviewProps = {
  salutation: "MR",
  change: "MOVED",
  name: "Jürg Bärtschi",
  session: sampleSession,
  previous: { ...sampleSession, startsAt: "2027-03-03T08:00:00.000Z", endsAt: "2027-03-03T16:00:00.000Z" },
  message: "Der Kursraum ist an diesem Tag belegt.",
} satisfies SessionChangedEmailProps;

export default SessionChangedEmail;
